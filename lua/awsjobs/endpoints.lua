-- endpoints: where a service's requests go and how they are signed. The service's endpoint
-- rule set (endpoint_rules/<service>.lua, generated from botocore) decides, as botocore does,
-- from the region, FIPS, dual-stack and a custom endpoint URL; it is loaded only when a client
-- of that service is made.
local M = {}

-- "https://host:port/base" -> {scheme =, authority =, base_path =} | nil, message
function M.parse(url)
  if type(url) ~= "string" then return nil, "must be a string URL" end
  local scheme, authority, path = url:match("^(%a[%w+.-]*)://([^/?#]+)([^?#]*)$")
  if not scheme then return nil, "must look like https://host[:port][/path] (no query or fragment)" end
  scheme = scheme:lower()
  if scheme ~= "http" and scheme ~= "https" then return nil, "must use http or https" end
  if authority:find("[@%s\\]") then return nil, "must not contain user info or spaces" end
  return { scheme = scheme, authority = authority, base_path = (path:gsub("/+$", "")) }
end

-- The env variable's service part: the model's serviceId upper-cased, spaces as '_'.
local function env_name(service_id)
  return "AWS_ENDPOINT_URL_" .. service_id:upper():gsub("[ -]", "_")
end
M.env_name = env_name

-- configured_url(metadata, explicit, getenv) -> url, source | nil: the custom endpoint URL, from
-- the explicit option, then AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL.
function M.configured_url(metadata, explicit, getenv)
  if explicit then return explicit, "endpoint" end
  getenv = getenv or os.getenv
  local url = getenv(env_name(metadata.serviceId)) or getenv("AWS_ENDPOINT_URL")
  if url then return url, "environment endpoint" end
  return nil
end

-- botocore's region check: a host label of at most 63 letters, digits and '-', not all digits.
function M.valid_region(region)
  if type(region) == "string" and #region <= 63 and not region:find("[^%w%-]") and not region:find("^%-")
    and not region:find("%-$") and not region:find("^%d*$") then
    return true
  end
  return nil, "region: must be letters, digits and '-' (not at either end), like us-east-1"
end

-- "fips-us-gov-west-1" and "us-east-1-fips" name the region with FIPS on (botocore strips them).
local function strip_fips(region)
  local plain = region:gsub("fips%-", ""):gsub("%-fips", "")
  return plain, plain ~= region
end

-- The rule set of each serviceId (files written by tools/gen_endpoints.py).
local RULE_SETS = { ECS = "ecs", Batch = "batch", IoT = "iot", SageMaker = "sagemaker",
                    ["CloudWatch Logs"] = "logs", STS = "sts" }

-- The engine, the partitions and the rule sets are needed only while an endpoint is resolved:
-- they are loaded for that and not kept in package.loaded (some 35 KiB a process would hold for
-- nothing); each answer is remembered instead (see resolve).
local function load(name)
  local m = package.loaded[name]
  if m == nil then
    m = require(name)
    package.loaded[name] = nil
  end
  return m
end

local function load_engine()
  local engine = load "awsjobs.endpoint_rules.engine"
  engine.partitions = engine.partitions or load "awsjobs.endpoint_rules.partitions"
  return engine
end

-- rules(service_id) -> the rule set, or nil for a service without one
function M.rules(service_id)
  local name = RULE_SETS[service_id]
  return name and load("awsjobs.endpoint_rules." .. name)
end

-- The signing settings of an endpoint's authSchemes: the first sigv4 one, as botocore picks.
local function auth_scheme(properties)
  local schemes = properties.authSchemes
  if type(schemes) ~= "table" or #schemes == 0 then return {} end
  local names = {}
  for i = 1, #schemes do
    if schemes[i].name == "sigv4" then return schemes[i] end
    names[i] = tostring(schemes[i].name)
  end
  return nil, "the endpoint needs an auth scheme awsjobs does not support: " .. table.concat(names, ", ")
end

-- The message when botocore refuses the FIPS / dual-stack variant the rule set has: its older
-- endpoint data lists none for the region's partition (rule_set.unsupported_variants, written by
-- tools/gen_endpoints.py from botocore's own answers; today dual-stack in aws-iso-e and aws-iso-f).
local function refused_variant(engine, rule_set, region, fips, dualstack)
  local refused = rule_set.unsupported_variants
  local key = dualstack and (fips and "dualstack fips" or "dualstack") or fips and "fips"
  if not (key and refused and next(refused)) then return nil end
  for _, p in ipairs(engine.partitions) do
    if (refused[p.id] or {})[key] then
      for _, pattern in ipairs(p.patterns) do
        if region:find(pattern) then
          return ("no %s endpoint for %s in %s (partition %s): botocore and the AWS CLI refuse it too"):format(
            fips and dualstack and "FIPS dual-stack" or dualstack and "dual-stack" or "FIPS",
            rule_set.service_id, region, p.id)
        end
      end
    end
  end
  return nil
end

-- For a service without a rule set: the custom URL, else https://<prefix>.<region>.<dnsSuffix>.
local function default_url(metadata, region, custom_url)
  if custom_url then return custom_url end
  local partition = load_engine().functions["aws.partition"](region)
  return "https://" .. metadata.endpointPrefix .. "." .. region .. "." .. partition.dnsSuffix
end

-- The rule set's endpoint: url, properties, headers, signing region (when no authSchemes say
-- one) | nil, message
local function from_rules(rule_set, region, custom_url, fips, dualstack, global)
  local engine = load_engine()
  local e, msg = engine.evaluate(rule_set, {}, {
    ["AWS::Region"] = region, ["AWS::UseFIPS"] = fips, ["AWS::UseDualStack"] = dualstack,
    ["AWS::STS::UseGlobalEndpoint"] = global, ["SDK::Endpoint"] = custom_url,
  })
  if not e then return nil, msg end
  if custom_url ~= nil then return e.url, e.properties, e.headers, region end
  local refused = refused_variant(engine, rule_set, region, fips, dualstack)
  if refused then return nil, refused end
  return e.url, e.properties, e.headers, rule_set.signing_regions[region] or region
end

local function resolve_now(metadata, region, custom_url, flags, source)
  if custom_url ~= nil then
    local _, msg = M.parse(custom_url)
    if msg then return nil, source .. " " .. msg end
  end
  if type(region) ~= "string" then return nil, "region: must be a string, like us-east-1" end
  local fips_region
  region, fips_region = strip_fips(region)
  local ok, bad = M.valid_region(region)
  if not ok then return nil, bad end

  local rule_set = M.rules(metadata.serviceId)
  local url, properties, headers, signing_region
  if rule_set then
    url, properties, headers, signing_region = from_rules(rule_set, region, custom_url,
      (flags.use_fips or fips_region) and true or false, flags.use_dualstack and true or false,
      flags.use_global_endpoint and true or false)
    if not url then return nil, properties end
  else
    url, properties, headers, signing_region = default_url(metadata, region, custom_url), {}, {}, region
  end
  local ep, msg = M.parse(url)
  if not ep then return nil, ("endpoint %s from the rule set %s"):format(url, msg) end
  local scheme, serr = auth_scheme(properties)
  if not scheme then return nil, serr end
  ep.url = url
  ep.signing_region = scheme.signingRegion or signing_region
  ep.signing_name = scheme.signingName or metadata.signingName or metadata.endpointPrefix
  ep.headers = headers
  return ep
end

-- Answers by question, so that making many clients loads the rules once per combination.
local answers, answer_count, MAX_ANSWERS = {}, 0, 64

-- resolve(metadata, region, custom_url, flags) -> endpoint | nil, message
-- custom_url: the already chosen custom endpoint (see configured_url) or nil; flags: use_fips,
-- use_dualstack, use_global_endpoint (STS), source (names custom_url in messages).
-- endpoint: {scheme, authority, base_path, url, signing_region, signing_name, headers}.
-- The message of an impossible combination (FIPS where the partition has none, FIPS or
-- dual-stack with a custom endpoint) is the rule set's own. botocore differs here: with a
-- custom endpoint it drops FIPS and dual-stack silently; awsjobs refuses, as the rule set does.
-- (Old form, still accepted: resolve(metadata, region, explicit, getenv) also looks up the
-- endpoint environment variables, as configured_url does.)
function M.resolve(metadata, region, custom_url, flags)
  local source
  if type(flags) == "function" then
    custom_url, source = M.configured_url(metadata, custom_url, flags)
    flags = {}
  end
  flags = flags or {}
  source = source or flags.source or "endpoint"
  local key = table.concat({ tostring(metadata.serviceId), tostring(metadata.endpointPrefix),
    tostring(metadata.signingName), tostring(region), tostring(custom_url), source, tostring(flags.use_fips),
    tostring(flags.use_dualstack), tostring(flags.use_global_endpoint) }, "\0")
  local known = answers[key]
  if not known then
    known = { resolve_now(metadata, region, custom_url, flags, source) }
    if answer_count >= MAX_ANSWERS then answers, answer_count = {}, 0 end
    answers[key], answer_count = known, answer_count + 1
  end
  if not known[1] then return nil, known[2] end
  local ep = {}  -- a copy: the caller may keep and change it
  for k, v in pairs(known[1]) do ep[k] = v end
  return ep
end

-- url_for(endpoint, request) -> the request's full URL (host prefix, base path, query).
function M.url_for(ep, req)
  local path = req.path or "/"
  if ep.base_path ~= "" then path = ep.base_path .. path end
  local url = ep.scheme .. "://" .. (req.host_prefix or "") .. ep.authority .. path
  if req.query then url = url .. "?" .. req.query end
  return url
end

return M
