-- config: the shared AWS config and credentials files, the profile in use, and the region.
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

-- The profile named by the caller or AWS_PROFILE, and whether it was named at all.
function M.profile_name(opts, getenv)
  getenv = getenv or os.getenv
  local name = opts.profile or getenv("AWS_PROFILE")
  return name or "default", name ~= nil
end

-- Parses an INI file into {section = {key = value}}; nil when the file cannot be read.
-- Comments (# or ;) and indented continuation lines (nested settings) are skipped.
function M.read_ini(path)
  local f = io.open(path, "r")
  if not f then return nil end
  local sections, current = {}, nil
  for line in f:lines() do
    line = line:gsub("\r$", "")
    local section = line:match("^%s*%[%s*(.-)%s*%]%s*$")
    if section then
      current = sections[section] or {}
      sections[section] = current
    elseif current and not line:match("^%s*[#;]") and not line:match("^%s+%S") then
      local k, v = line:match("^([^=]-)%s*=%s*(.-)%s*$")
      if k and k ~= "" then current[k:lower()] = v end
    end
  end
  f:close()
  return sections
end

-- The named profile's settings in the config file ("[profile x]", or "[default]").
function M.config_profile(name, getenv)
  local ini = M.read_ini(M.config_file(getenv))
  if not ini then return nil end
  if name == "default" then return ini["default"] or ini["profile default"] end
  return ini["profile " .. name]
end

function M.credentials_profile(name, getenv)
  local ini = M.read_ini(M.credentials_file(getenv))
  return ini and ini[name]
end

-- Region: option, AWS_REGION, AWS_DEFAULT_REGION, then the profile's region.
function M.region(opts, getenv)
  getenv = getenv or os.getenv
  local r = opts.region or getenv("AWS_REGION") or getenv("AWS_DEFAULT_REGION")
  if r and r ~= "" then return r end
  local profile = M.config_profile(M.profile_name(opts, getenv), getenv)
  return profile and profile.region
end

return M
