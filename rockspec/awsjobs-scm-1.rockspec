package = "awsjobs"
version = "scm-1"
source = {
  url = "git+file:///dev/null",  -- installed from a checkout with `luarocks make`
}
description = {
  summary = "Start, watch and stop work on AWS (ECS, Batch, IoT jobs, SageMaker pipelines)",
  detailed = [[
    An AWS client for Lua 5.4 and OpenResty with a C core (OpenSSL, libcurl):
    SigV4 signing, and methods generated from the AWS service models.
  ]],
  license = "Apache-2.0",
}
dependencies = {
  "lua >= 5.4",
  "lua-cjson",
}
external_dependencies = {
  OPENSSL = { header = "openssl/evp.h", library = "crypto" },
  CURL = { header = "curl/curl.h", library = "curl" },
}
build = {
  type = "builtin",
  modules = {
    ["awsjobs.core"] = {
      sources = { "csrc/core.c", "csrc/lhttp.c", "csrc/lsigv4.c", "csrc/lutil.c", "csrc/sigv4.c" },
      libraries = { "curl", "ssl", "crypto" },
      incdirs = { "$(OPENSSL_INCDIR)", "$(CURL_INCDIR)" },
      libdirs = { "$(OPENSSL_LIBDIR)", "$(CURL_LIBDIR)" },
    },
    ["awsjobs"] = "lua/awsjobs/init.lua",
    ["awsjobs.errors"] = "lua/awsjobs/errors.lua",
    ["awsjobs.signer"] = "lua/awsjobs/signer.lua",
  },
}
