-- credentials.process: the profile's credential_process, a command that prints the
-- credentials as JSON ({"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken",
-- "Expiration"}). Its output never goes into an error message; its stderr only redacted.
local config = require "awsjobs.config"
local core = require "awsjobs.core"
local redact = require "awsjobs.redact"
local timestamp = require "awsjobs.timestamp"

local M = { name = "credential_process" }

local MAX_STDERR = 300  -- bytes of the command's stderr kept in an error

local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function read_and_remove(path)
  local f = io.open(path, "rb")
  local text = f and f:read("a") or ""
  if f then f:close() end
  os.remove(path)
  return text
end

function M.fetch(ctx)
  local p = config.config_profile(ctx.profile_name, ctx.getenv) or {}
  local cmd = p.credential_process
  if not cmd then return nil, nil end
  ctx.stop = true
  -- stderr goes to a private file, never to the caller's stderr: a failing command may
  -- print what it holds. It is reported, redacted and shortened, only when the command fails.
  local errfile = os.tmpname()
  local pipe = io.popen("(" .. cmd .. ") 2>" .. shell_quote(errfile), "r")
  if not pipe then
    os.remove(errfile)
    return nil, "cannot run the credential_process command"
  end
  local out = pipe:read("a")
  local ok, how, code = pipe:close()
  local stderr = read_and_remove(errfile)
  if not ok then
    local said = stderr:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
    if #said > MAX_STDERR then said = said:sub(1, MAX_STDERR) .. "..." end
    return nil, redact.unknown(("the credential_process command failed (%s %s)%s"):format(how, tostring(code),
      said ~= "" and (": " .. said) or ""))
  end
  local doc = core.json_decode(out)
  if type(doc) ~= "table" then return nil, "the credential_process output is not JSON" end
  if doc.Version ~= 1 then return nil, "the credential_process output needs \"Version\": 1" end
  if type(doc.AccessKeyId) ~= "string" or type(doc.SecretAccessKey) ~= "string" then
    return nil, "the credential_process output lacks AccessKeyId or SecretAccessKey"
  end
  return { access_key_id = doc.AccessKeyId, secret_access_key = doc.SecretAccessKey,
           session_token = doc.SessionToken, expiration = doc.Expiration and timestamp.parse(doc.Expiration) }
end

return M
