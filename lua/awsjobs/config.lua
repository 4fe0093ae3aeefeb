-- config: the shared AWS config and credentials files as botocore reads them, the profile
-- in use, the region, and the settings a client takes from option > environment > profile.
--
-- The files are parsed as botocore's configloader does (Python's RawConfigParser): "#" and
-- ";" start comment lines only (never inline), "=" or ":" separate a key from its value,
-- keys are lower-cased, section names are not; an indented block under "key =" is a nested
-- table ({max_concurrent_requests = "10"}). In the config file "[default]" and
-- "[profile NAME]" are profiles, "[sso-session NAME]" and "[services NAME]" their own kinds;
-- in the credentials file every section is a profile under its plain name.
--
-- Each file is read once per process and again only when its modification time changes
-- (core.file_mtime); where the core lacks file_mtime, it is read on every use.
local compat = require "awsjobs.compat"
local core = require "awsjobs.core"
local errors = require "awsjobs.errors"

local M = {}

local function home()
  return os.getenv("HOME") or ""
end

function M.config_file(getenv)
  getenv = getenv or os.getenv
  return getenv("AWS_CONFIG_FILE") or (home() .. "/.aws/config")
end

function M.credentials_file(getenv)
  getenv = getenv or os.getenv
  return getenv("AWS_SHARED_CREDENTIALS_FILE") or (home() .. "/.aws/credentials")
end

-- The profile in use, and whether the caller chose it with the profile option. AWS_PROFILE
-- picks the profile too, but only the option makes it beat the environment's keys
-- (botocore: Session(profile=...) does, AWS_PROFILE does not).
function M.profile_name(opts, getenv)
  getenv = getenv or os.getenv
  local name = opts.profile or getenv("AWS_PROFILE")
  if name == "" then name = nil end
  return name or "default", opts.profile ~= nil
end

---------------------------------------------------------------------------------------------
-- The INI reader

local function strip(s)
  return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end

-- An indented block's lines (after "key =") -> {key = value}; keys kept as written.
local function parse_nested(value)
  local t = {}
  for line in value:gmatch("[^\n]+") do
    line = strip(line)
    if line ~= "" then
      local k, v = line:match("^([^=]*)=(.*)$")
      if not k then return nil, ("nested line %q has no '='"):format(line) end
      t[strip(k)] = strip(v)
    end
  end
  return t
end

-- parse(text, path) -> {names = {section names in file order}, sections = {name = {key = value}}}
-- | nil, message. Errors where RawConfigParser raises: no section header, a line that is not
-- "key = value", a section or key given twice.
function M.parse(text, path)
  local sections, names, defaults = {}, {}, nil
  local seen_key = {}
  local cur, cur_name, optname, indent = nil, nil, nil, math.huge
  local values, title = {}, {}  -- section table -> key -> list of lines; -> its name
  local function fail(lineno, what)
    return nil, ("%s line %d: %s"):format(path or "config", lineno, what)
  end
  local lineno = 0
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    lineno = lineno + 1
    line = line:gsub("\r$", "")
    local value = strip(line)
    local comment = value:sub(1, 1) == "#" or value:sub(1, 1) == ";"
    if value == "" or comment then
      -- a blank line inside a value is kept (RawConfigParser's empty_lines_in_values)
      if not comment and cur and optname then
        local lines = values[cur][optname]
        lines[#lines + 1] = ""
      end
    else
      local level = #line:match("^%s*")
      if cur and optname and level > indent then
        local lines = values[cur][optname]
        lines[#lines + 1] = value
      else
        indent = level
        local header = value:match("^%[(.+)%]")
        if header then
          if header == "DEFAULT" then
            defaults = defaults or {}
            cur = defaults
          elseif sections[header] then
            return fail(lineno, ("section [%s] appears twice"):format(header))
          else
            cur = {}
            sections[header] = cur
            names[#names + 1] = header
          end
          values[cur], title[cur] = values[cur] or {}, header
          cur_name, optname = header, nil
        elseif not cur then
          return fail(lineno, "a setting before any [section] header")
        else
          local k, v = value:match("^(.-)%s*[=:]%s*(.*)$")
          if not k then return fail(lineno, "not a 'key = value' line") end
          if k == "" then return fail(lineno, "a value with no key") end
          k = k:lower()
          local id = cur_name .. "\0" .. k
          if seen_key[id] then return fail(lineno, ("key %s appears twice in [%s]"):format(k, cur_name)) end
          seen_key[id] = true
          values[cur][k] = { v }
          optname = k
        end
      end
    end
  end
  -- Join each value's lines; a value that starts with a line break is a nested block.
  for t, keys in pairs(values) do
    for k, lines in pairs(keys) do
      local v = table.concat(lines, "\n"):gsub("%s+$", "")
      if v:sub(1, 1) == "\n" then
        local nested, msg = parse_nested(v)
        if not nested then return nil, ("%s: [%s] %s: %s"):format(path or "config", title[t], k, msg) end
        v = nested
      end
      t[k] = v
    end
  end
  if defaults then  -- [DEFAULT]'s keys show in every section, as in RawConfigParser
    for _, name in ipairs(names) do
      for k, v in pairs(defaults) do
        if sections[name][k] == nil then sections[name][k] = v end
      end
    end
  end
  return { names = names, sections = sections }
end

-- Python's shlex.split, enough for section names: words split at blanks, '...' and "..."
-- quoting, backslash escapes. nil when a quote is left open.
local function shell_words(s)
  local words, word, i, quote = {}, nil, 1, nil
  while i <= #s do
    local c = s:sub(i, i)
    if quote == "'" then
      if c == "'" then quote = nil else word = word .. c end
    elseif quote == '"' then
      if c == '"' then
        quote = nil
      elseif c == "\\" and s:sub(i + 1, i + 1):match('["\\$`]') then
        word, i = word .. s:sub(i + 1, i + 1), i + 1
      else
        word = word .. c
      end
    elseif c:match("%s") then
      if word then words[#words + 1], word = word, nil end
    elseif c == "'" or c == '"' then
      quote, word = c, word or ""
    elseif c == "\\" then
      word, i = (word or "") .. s:sub(i + 1, i + 1), i + 1
    else
      word = (word or "") .. c
    end
    i = i + 1
  end
  if quote then return nil end
  if word then words[#words + 1] = word end
  return words
end

-- The config file's sections by kind, as botocore's build_profile_map sorts them: "profile X"
-- (a name that splits into two words), "default", "sso-session X", "services X".
local function profile_map(ini)
  local map = { profiles = {}, sso_sessions = {}, services = {} }
  for _, name in ipairs(ini.names) do
    local values = ini.sections[name]
    local kind
    if name:sub(1, 7) == "profile" then kind = "profiles"
    elseif name:sub(1, 11) == "sso-session" then kind = "sso_sessions"
    elseif name:sub(1, 8) == "services" then kind = "services"
    elseif name == "default" then map.profiles.default = values
    end
    if kind then
      local words = shell_words(name)
      if words and #words == 2 then map[kind][words[2]] = values end
    end
  end
  return map
end

---------------------------------------------------------------------------------------------
-- Reading the files, once per modification

local cache = {}  -- path -> {mtime =, ini =, map =} | {mtime =, err =}

-- load(path) -> entry {ini =, map =} | nil (no such file) | nil, message (unparsable)
local function load(path)
  local file_mtime = core.file_mtime
  local mtime = file_mtime and file_mtime(path)
  if file_mtime then
    if mtime == nil then
      cache[path] = nil
      return nil
    end
    local hit = cache[path]
    if hit and hit.mtime == mtime then
      if hit.err then return nil, hit.err end
      return hit
    end
  end
  local f = io.open(path, "rb")
  if not f then
    cache[path] = nil
    return nil
  end
  local text = f:read("a") or ""
  f:close()
  local ini, err = M.parse(text, path)
  local entry = { mtime = mtime, ini = ini, err = err }
  if mtime then cache[path] = entry end
  if not ini then return nil, err end
  return entry
end

-- The raw sections of an INI file {section = {key = value}} | nil (missing) | nil, message
function M.read_ini(path)
  local entry, err = load(path)
  if not entry then return nil, err end
  return entry.ini.sections
end

-- The config file by kind {profiles, sso_sessions, services} | nil | nil, message
function M.shared_config(getenv)
  local path = M.config_file(getenv)
  local entry, err = load(path)
  if not entry then return nil, err end
  entry.map = entry.map or profile_map(entry.ini)
  return entry.map
end

-- The named profile's settings in the config file | nil | nil, message
function M.config_profile(name, getenv)
  local map, err = M.shared_config(getenv)
  if not map then return nil, err end
  return map.profiles[name]
end

-- The named profile in the credentials file, where sections are plain profile names.
function M.credentials_profile(name, getenv)
  local sections, err = M.read_ini(M.credentials_file(getenv))
  if not sections then return nil, err end
  return sections[name]
end

-- The [sso-session NAME] section | nil | nil, message
function M.sso_session(name, getenv)
  local map, err = M.shared_config(getenv)
  if not map then return nil, err end
  return map.sso_sessions[name]
end

-- The profile as botocore's settings see it: the config file's, with the credentials file's
-- keys for the same name on top (botocore's session.full_config). {} when neither has it.
-- Returns profile, the file each key came from | nil, message
function M.scoped_profile(name, getenv)
  local from, merged = {}, {}
  local cfg, cerr = M.config_profile(name, getenv)
  if cerr then return nil, cerr end
  local creds, kerr = M.credentials_profile(name, getenv)
  if kerr then return nil, kerr end
  for k, v in pairs(cfg or {}) do merged[k], from[k] = v, M.config_file(getenv) end
  for k, v in pairs(creds or {}) do merged[k], from[k] = v, M.credentials_file(getenv) end
  return merged, from
end

-- Region: option, AWS_REGION, AWS_DEFAULT_REGION, then the profile's region.
function M.region(opts, getenv)
  getenv = getenv or os.getenv
  local r = opts.region or getenv("AWS_REGION") or getenv("AWS_DEFAULT_REGION")
  if r and r ~= "" then return r end
  local profile = M.scoped_profile(M.profile_name(opts, getenv), getenv)
  local pr = profile and profile.region
  return type(pr) == "string" and pr ~= "" and pr or nil
end

---------------------------------------------------------------------------------------------
-- Settings: client option > environment variable > profile > default

-- Each check takes the value (a string from the environment or a file, or the option's own
-- type) and returns the value to use, or nil and the rule it broke.
local function whole_at_least_1(v)
  local n = compat.tointeger(tonumber(v))
  if n and n >= 1 and (type(v) == "number" or tostring(v):match("^%s*%d+%s*$")) then return n end
  return nil, "must be a whole number of at least 1"
end

local function positive_seconds(v)
  local n = tonumber(v)
  if n and n == n and n > 0 and n < math.huge then return n end
  return nil, "must be a number of seconds above 0"
end

-- botocore reads anything but "true" as false; a misspelt "ture" for FIPS would then send
-- traffic to a non-FIPS endpoint without a word, so awsjobs refuses what is neither.
local function boolean(v)
  if type(v) == "boolean" then return v end
  local s = tostring(v):lower()
  if s == "true" then return true end
  if s == "false" then return false end
  return nil, "must be true or false"
end

-- retry_mode: standard and adaptive. botocore's "legacy" (its own pre-2020 rules: 5 attempts,
-- no retry quota, another list of retried errors) is refused rather than imitated.
local function retry_mode(v)
  local s = tostring(v):lower()
  if s == "standard" or s == "adaptive" then return s end
  if s == "legacy" then
    return nil, "legacy is not supported by awsjobs: use standard (the AWS CLI v2 default) or adaptive"
  end
  return nil, "must be standard or adaptive"
end

local function path_string(v)
  if type(v) == "string" and v ~= "" then return v end
  return nil, "must be a file path"
end

-- The app id goes into the User-Agent: printable, no spaces, at most 50 characters as the
-- SDKs advise.
local function app_id(v)
  if type(v) == "string" and #v <= 50 and v:match("^[!-~]+$") then return v end
  return nil, "must be 1 to 50 printable characters without spaces"
end

-- name, environment variable, config-file key, client option, check, default
M.SETTINGS = {
  { name = "max_attempts", env = "AWS_MAX_ATTEMPTS", option = "max_attempts", check = whole_at_least_1, default = 3 },
  { name = "retry_mode", env = "AWS_RETRY_MODE", option = "retry_mode", check = retry_mode, default = "standard" },
  { name = "ca_bundle", env = "AWS_CA_BUNDLE", option = "ca_file", check = path_string },
  { name = "use_fips_endpoint", env = "AWS_USE_FIPS_ENDPOINT", option = "use_fips_endpoint", check = boolean,
    default = false },
  { name = "use_dualstack_endpoint", env = "AWS_USE_DUALSTACK_ENDPOINT", option = "use_dualstack_endpoint",
    check = boolean, default = false },
  { name = "sdk_ua_app_id", env = "AWS_SDK_UA_APP_ID", option = "sdk_ua_app_id", check = app_id },
  { name = "metadata_service_timeout", env = "AWS_METADATA_SERVICE_TIMEOUT", check = positive_seconds, default = 1 },
  { name = "metadata_service_num_attempts", env = "AWS_METADATA_SERVICE_NUM_ATTEMPTS", check = whole_at_least_1,
    default = 1 },
  { name = "ec2_metadata_v1_disabled", env = "AWS_EC2_METADATA_V1_DISABLED", check = boolean, default = false },
  { name = "ignore_configured_endpoint_urls", env = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
    option = "ignore_configured_endpoint_urls", check = boolean, default = false },
}
local BY_NAME = {}
for _, s in ipairs(M.SETTINGS) do
  s.key = s.key or s.name
  BY_NAME[s.name] = s
end

local function bad(setting, source, rule, value)
  return nil, errors.new { kind = "validation", code = "InvalidConfiguration", setting = setting, source = source,
    message = ("%s from %s: %s (got %q)"):format(setting, source, rule, tostring(value)) }
end

-- The profile's settings, read once per settings call: profile, files by key | nil, err
local function profile_of(opts, getenv)
  local name = M.profile_name(opts, getenv)
  local profile, from = M.scoped_profile(name, getenv)
  if not profile then
    return nil, errors.new { kind = "validation", code = "InvalidConfiguration", message = from }
  end
  return { name = name, values = profile, from = from }
end

local function profile_source(p, key)
  return ("%s in profile %s (%s)"):format(key, p.name, p.from[key] or "?")
end

-- One setting: value, source | nil, err. p: the profile (profile_of), read when needed.
local function resolve(s, opts, getenv, p)
  local raw, source
  if s.option and opts[s.option] ~= nil then
    raw, source = opts[s.option], "option " .. s.option
  else
    local e = getenv(s.env)
    if e ~= nil and e ~= "" then
      raw, source = e, "environment " .. s.env
    else
      local v = p.values[s.key]
      if type(v) == "string" and v ~= "" then
        raw, source = v, profile_source(p, s.key)
      elseif type(v) == "table" then
        return bad(s.name, profile_source(p, s.key), "must be a single value, not a nested block", "...")
      end
    end
  end
  if raw == nil then return s.default, "default" end
  local value, rule = s.check(raw)
  if value == nil then return bad(s.name, source, rule, raw) end
  return value, source
end

-- setting(name, opts, getenv) -> value, source | nil, err: one setting (the credential
-- providers' way to the metadata service settings).
function M.setting(name, opts, getenv)
  getenv = getenv or os.getenv
  local s = BY_NAME[name] or error("awsjobs.config: unknown setting " .. tostring(name), 2)
  local p, err = profile_of(opts or {}, getenv)
  if not p then return nil, err end
  return resolve(s, opts or {}, getenv, p)
end

-- The service's name in AWS_ENDPOINT_URL_<NAME> and in a services section: the model's
-- serviceId with blanks and '-' as '_' ("CloudWatch Logs" -> CLOUDWATCH_LOGS, cloudwatch_logs).
local function service_key(service_id)
  return (service_id:gsub("[ -]", "_"))
end

-- endpoint_url as botocore finds it: the client option; unless configured endpoints are
-- ignored, AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the service's endpoint_url in the
-- [services NAME] section the profile names (services = NAME), the profile's endpoint_url.
local function endpoint_url(service_id, opts, getenv, p, ignore)
  if opts.endpoint ~= nil then return opts.endpoint, "option endpoint" end
  if ignore then return nil, "ignored (ignore_configured_endpoint_urls)" end
  if service_id then
    local name = "AWS_ENDPOINT_URL_" .. service_key(service_id):upper()
    local v = getenv(name)
    if v and v ~= "" then return v, "environment " .. name end
  end
  local v = getenv("AWS_ENDPOINT_URL")
  if v and v ~= "" then return v, "environment AWS_ENDPOINT_URL" end
  local section_name = p.values.services
  if service_id and type(section_name) == "string" then
    local map = M.shared_config(getenv) or { services = {} }
    local section = map.services[section_name]
    if not section then
      return nil, nil, errors.new { kind = "validation", code = "InvalidConfiguration", setting = "endpoint_url",
        message = ("profile %s names services = %s, but the config file has no [services %s] section")
          :format(p.name, section_name, section_name) }
    end
    local key = service_key(service_id):lower()
    local block = section[key]
    if type(block) == "string" then
      return nil, nil, errors.new { kind = "validation", code = "InvalidConfiguration", setting = "endpoint_url",
        message = ("[services %s] %s: must be a nested block (%s =, then an indented endpoint_url = URL)")
          :format(section_name, key, key) }
    end
    if block and type(block.endpoint_url) == "string" and block.endpoint_url ~= "" then
      return block.endpoint_url, ("endpoint_url of %s in [services %s] (%s)"):format(key, section_name,
        M.config_file(getenv))
    end
  end
  v = p.values.endpoint_url
  if type(v) == "string" and v ~= "" then return v, profile_source(p, "endpoint_url") end
  return nil, "none"
end

-- settings(service_id, opts, getenv) -> settings, sources | nil, err
-- service_id: the model's metadata.serviceId ("ECS", "CloudWatch Logs"), or nil for the
-- settings that are not per service. opts: the client options (max_attempts, retry_mode,
-- ca_file, endpoint, use_fips_endpoint, use_dualstack_endpoint, sdk_ua_app_id,
-- ignore_configured_endpoint_urls, profile). settings has one key per M.SETTINGS name plus
-- endpoint_url; sources says where each came from ("option max_attempts",
-- "environment AWS_RETRY_MODE", "retry_mode in profile dev (/home/me/.aws/config)",
-- "default"), for --debug. A bad value is err (kind "validation", code
-- "InvalidConfiguration") naming the setting, its source and the rule.
function M.settings(service_id, opts, getenv)
  opts, getenv = opts or {}, getenv or os.getenv
  local p, err = profile_of(opts, getenv)
  if not p then return nil, err end
  local out, sources = {}, {}
  for _, s in ipairs(M.SETTINGS) do
    local value, source = resolve(s, opts, getenv, p)
    if errors.is_error(source) then return nil, source end
    out[s.name], sources[s.name] = value, source
  end
  local url, source, uerr = endpoint_url(service_id, opts, getenv, p, out.ignore_configured_endpoint_urls)
  if uerr then return nil, uerr end
  out.endpoint_url, sources.endpoint_url = url, source
  out.profile, sources.profile = p.name, opts.profile and "option profile"
    or ((getenv("AWS_PROFILE") or "") ~= "" and "environment AWS_PROFILE") or "default"
  return out, sources
end

return M
