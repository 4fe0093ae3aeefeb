package = "awsjobs"
version = "scm-1"
source = {
  url = "git+file:///dev/null",  -- installed from a checkout with `luarocks make`
}
description = {
  summary = "Start, watch and stop work on AWS (ECS, Batch, IoT jobs, SageMaker pipelines)",
  detailed = [[
    An AWS client for Lua 5.1 (LuaJIT, OpenResty) to 5.4 with a C core (OpenSSL, libcurl):
    SigV4 signing, and methods generated from the AWS service models, with an operation
    reference (docs/) and lua-language-server types (types/).
  ]],
  license = "Apache-2.0",
}
dependencies = {
  "lua >= 5.1, < 5.5",
  "lua-cjson",
}
-- curl is found by its library alone: Debian keeps curl/curl.h in the multiarch include
-- directory, which the compiler searches by itself and LuaRocks 3.8 does not.
external_dependencies = {
  OPENSSL = { header = "openssl/evp.h", library = "crypto" },
  CURL = { library = "curl" },
}
build = {
  type = "builtin",
  modules = {
    ["awsjobs.core"] = {
      sources = { "csrc/buf.c", "csrc/core.c", "csrc/lheaders.c", "csrc/lhttp.c", "csrc/ljson.c", "csrc/lmulti.c", "csrc/lsigv4.c", "csrc/lutil.c", "csrc/sigv4.c" },
      libraries = { "curl", "ssl", "crypto", "pthread" },
      incdirs = { "$(OPENSSL_INCDIR)", "$(CURL_INCDIR)" },
      libdirs = { "$(OPENSSL_LIBDIR)", "$(CURL_LIBDIR)" },
    },
    ["awsjobs"] = "lua/awsjobs/init.lua",
    ["awsjobs.cli"] = "lua/awsjobs/cli/init.lua",
    ["awsjobs.cli.args"] = "lua/awsjobs/cli/args.lua",
    ["awsjobs.cli.context"] = "lua/awsjobs/cli/context.lua",
    ["awsjobs.cli.debug"] = "lua/awsjobs/cli/debug.lua",
    ["awsjobs.cli.exit"] = "lua/awsjobs/cli/exit.lua",
    ["awsjobs.cli.global"] = "lua/awsjobs/cli/global.lua",
    ["awsjobs.cli.help"] = "lua/awsjobs/cli/help.lua",
    ["awsjobs.cli.names"] = "lua/awsjobs/cli/names.lua",
    ["awsjobs.cli.operation"] = "lua/awsjobs/cli/operation.lua",
    ["awsjobs.cli.output"] = "lua/awsjobs/cli/output.lua",
    ["awsjobs.cli.shorthand"] = "lua/awsjobs/cli/shorthand.lua",
    ["awsjobs.cli.wait"] = "lua/awsjobs/cli/wait.lua",
    ["awsjobs.client"] = "lua/awsjobs/client.lua",
    ["awsjobs.compat"] = "lua/awsjobs/compat.lua",
    ["awsjobs.concurrent"] = "lua/awsjobs/concurrent.lua",
    ["awsjobs.config"] = "lua/awsjobs/config.lua",
    ["awsjobs.credentials"] = "lua/awsjobs/credentials/init.lua",
    ["awsjobs.credentials.assume_role"] = "lua/awsjobs/credentials/assume_role.lua",
    ["awsjobs.credentials.config_keys"] = "lua/awsjobs/credentials/config_keys.lua",
    ["awsjobs.credentials.container"] = "lua/awsjobs/credentials/container.lua",
    ["awsjobs.credentials.credentials_file"] = "lua/awsjobs/credentials/credentials_file.lua",
    ["awsjobs.credentials.env"] = "lua/awsjobs/credentials/env.lua",
    ["awsjobs.credentials.http"] = "lua/awsjobs/credentials/http.lua",
    ["awsjobs.credentials.imds"] = "lua/awsjobs/credentials/imds.lua",
    ["awsjobs.credentials.process"] = "lua/awsjobs/credentials/process.lua",
    ["awsjobs.credentials.profile_chain"] = "lua/awsjobs/credentials/profile_chain.lua",
    ["awsjobs.credentials.shared_dict"] = "lua/awsjobs/credentials/shared_dict.lua",
    ["awsjobs.credentials.single_flight"] = "lua/awsjobs/credentials/single_flight.lua",
    ["awsjobs.credentials.sso"] = "lua/awsjobs/credentials/sso.lua",
    ["awsjobs.credentials.static"] = "lua/awsjobs/credentials/static.lua",
    ["awsjobs.credentials.web_identity"] = "lua/awsjobs/credentials/web_identity.lua",
    ["awsjobs.docs.batch"] = "lua/awsjobs/docs/batch.lua",
    ["awsjobs.docs.ecs"] = "lua/awsjobs/docs/ecs.lua",
    ["awsjobs.docs.iot"] = "lua/awsjobs/docs/iot.lua",
    ["awsjobs.docs.logs"] = "lua/awsjobs/docs/logs.lua",
    ["awsjobs.docs.sagemaker"] = "lua/awsjobs/docs/sagemaker.lua",
    ["awsjobs.endpoint_rules.batch"] = "lua/awsjobs/endpoint_rules/batch.lua",
    ["awsjobs.endpoint_rules.ecs"] = "lua/awsjobs/endpoint_rules/ecs.lua",
    ["awsjobs.endpoint_rules.engine"] = "lua/awsjobs/endpoint_rules/engine.lua",
    ["awsjobs.endpoint_rules.iot"] = "lua/awsjobs/endpoint_rules/iot.lua",
    ["awsjobs.endpoint_rules.library"] = "lua/awsjobs/endpoint_rules/library.lua",
    ["awsjobs.endpoint_rules.logs"] = "lua/awsjobs/endpoint_rules/logs.lua",
    ["awsjobs.endpoint_rules.partitions"] = "lua/awsjobs/endpoint_rules/partitions.lua",
    ["awsjobs.endpoint_rules.sagemaker"] = "lua/awsjobs/endpoint_rules/sagemaker.lua",
    ["awsjobs.endpoint_rules.sts"] = "lua/awsjobs/endpoint_rules/sts.lua",
    ["awsjobs.endpoints"] = "lua/awsjobs/endpoints.lua",
    ["awsjobs.errors"] = "lua/awsjobs/errors.lua",
    ["awsjobs.headers"] = "lua/awsjobs/headers.lua",
    ["awsjobs.jmespath"] = "lua/awsjobs/jmespath.lua",
    ["awsjobs.jobs"] = "lua/awsjobs/jobs.lua",
    ["awsjobs.models.batch"] = "lua/awsjobs/models/batch.lua",
    ["awsjobs.models.ecs"] = "lua/awsjobs/models/ecs.lua",
    ["awsjobs.models.iot"] = "lua/awsjobs/models/iot.lua",
    ["awsjobs.models.logs"] = "lua/awsjobs/models/logs.lua",
    ["awsjobs.models.sagemaker"] = "lua/awsjobs/models/sagemaker.lua",
    ["awsjobs.protocol.common"] = "lua/awsjobs/protocol/common.lua",
    ["awsjobs.protocol.json"] = "lua/awsjobs/protocol/json.lua",
    ["awsjobs.protocol.query"] = "lua/awsjobs/protocol/query.lua",
    ["awsjobs.protocol.rest_json"] = "lua/awsjobs/protocol/rest_json.lua",
    ["awsjobs.protocol.shape_json"] = "lua/awsjobs/protocol/shape_json.lua",
    ["awsjobs.rate_limiter"] = "lua/awsjobs/rate_limiter.lua",
    ["awsjobs.redact"] = "lua/awsjobs/redact.lua",
    ["awsjobs.retry"] = "lua/awsjobs/retry.lua",
    ["awsjobs.sdk_headers"] = "lua/awsjobs/sdk_headers.lua",
    ["awsjobs.signer"] = "lua/awsjobs/signer.lua",
    ["awsjobs.sts"] = "lua/awsjobs/sts.lua",
    ["awsjobs.timestamp"] = "lua/awsjobs/timestamp.lua",
    ["awsjobs.transport"] = "lua/awsjobs/transport/init.lua",
    ["awsjobs.transport.cosocket"] = "lua/awsjobs/transport/cosocket.lua",
    ["awsjobs.transport.curl"] = "lua/awsjobs/transport/curl.lua",
    ["awsjobs.uuid"] = "lua/awsjobs/uuid.lua",
    ["awsjobs.validate"] = "lua/awsjobs/validate.lua",
    ["awsjobs.waiters"] = "lua/awsjobs/waiters.lua",
    ["awsjobs.waiters_extra"] = "lua/awsjobs/waiters_extra.lua",
  },
  install = {
    bin = { awsjobs = "bin/awsjobs" },
  },
  copy_directories = { "docs", "types" },
}
