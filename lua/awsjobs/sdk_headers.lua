-- sdk_headers: the headers the AWS SDKs add to every request, outside the signature.
--   User-Agent: awsjobs/0.2.0 lua/5.4 os/linux md/transport#curl [app/<id>]
--   amz-sdk-invocation-id: one UUID per call, the same on each of its attempts
--   amz-sdk-request: attempt=N; max=M
-- botocore adds the last two after signing; the signer leaves User-Agent out by itself.
local M = {}

M.MAX_APP_ID = 50  -- botocore's limit for sdk_ua_app_id

local INVOCATION, REQUEST = "amz-sdk-invocation-id", "amz-sdk-request"

-- The characters a User-Agent component may hold (botocore's set); others become "-".
local function sanitize(s)
  return (s:gsub("[^%w!$%%&'*+%-.^_`|~,#]", "-"))
end

local version  -- "0.2.0", read once from the package (not at load: init.lua requires us)

local function awsjobs_version()
  if not version then
    local ok, awsjobs = pcall(require, "awsjobs")
    local v = ok and type(awsjobs) == "table" and tostring(awsjobs._VERSION or ""):match("(%d[%w.%-]*)")
    version = v or "unknown"
  end
  return version
end

local function lua_name()
  if rawget(_G, "jit") then return "luajit" end
  return (_VERSION:match("%d+%.%d+")) or "other"
end

local function exists(path)
  local f = io.open(path, "r")
  if f then f:close() end
  return f ~= nil
end

-- botocore's OS family names; no process is started to find them.
local os_name
local function os_family()
  if os_name then return os_name end
  local jit = rawget(_G, "jit")
  local names = { Linux = "linux", OSX = "macos", Windows = "windows" }
  if jit and jit.os then
    os_name = names[jit.os] or "other"
  elseif package.config:sub(1, 1) == "\\" then
    os_name = "windows"
  elseif exists("/proc/sys/kernel/ostype") then
    os_name = "linux"
  elseif exists("/System/Library/CoreServices/SystemVersion.plist") then
    os_name = "macos"
  else
    os_name = "other"
  end
  return os_name
end

-- The transport a client's transport option picks: "curl", "cosocket" or "custom".
function M.transport_name(choice, in_nginx)
  if type(choice) == "table" then return "custom" end
  if choice == "curl" or ((choice == nil or choice == "auto") and not in_nginx) then return "curl" end
  return "cosocket"
end

-- user_agent(transport_name, app_id) -> the User-Agent value of a client
function M.user_agent(transport_name, app_id)
  local parts = { "awsjobs/" .. sanitize(awsjobs_version()), "lua/" .. lua_name(), "os/" .. os_family(),
                  "md/transport#" .. sanitize(transport_name) }
  if app_id and app_id ~= "" then parts[#parts + 1] = "app/" .. sanitize(app_id) end
  return table.concat(parts, " ")
end

-- Takes this module's per-attempt headers out of headers before it is signed (again).
function M.unset(headers)
  headers[INVOCATION], headers[REQUEST] = nil, nil
end

-- Puts the per-attempt headers in, after signing.
function M.set(headers, invocation_id, attempt, max_attempts)
  headers[INVOCATION] = invocation_id
  headers[REQUEST] = "attempt=" .. attempt .. "; max=" .. max_attempts
end

return M
