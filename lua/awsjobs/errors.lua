-- errors: the one error shape every awsjobs call returns as `nil, err`.
-- Fields: kind, code, message, status, request_id, retryable, attempts, operation.
-- Every error passes redact.lua on creation (message, data and anything nested), and
-- once more with the attempt's signature where one was sent; tostring(err) is one line.
local redact = require "awsjobs.redact"

local M = {}

local Error = {}
Error.__index = Error

-- Codes for failures that happen before anything reaches AWS.
local DEFAULT_CODES = {
  validation = "ParamValidationError",
  credentials = "CredentialsError",
  network = "NetworkError",
  timeout = "RequestTimeout",
  parse = "ResponseParseError",
  memory = "OutOfMemory",
}

function Error:__tostring()
  local parts = { "awsjobs: ", self.kind, " error" }
  if self.code then parts[#parts + 1] = " " .. self.code end
  if self.operation then parts[#parts + 1] = " in " .. self.operation end
  if self.status then parts[#parts + 1] = " (HTTP " .. tostring(self.status) .. ")" end
  parts[#parts + 1] = ": " .. tostring(self.message or "no message")
  if self.request_id then parts[#parts + 1] = " [request id " .. self.request_id .. "]" end
  if self.attempts and self.attempts > 1 then
    parts[#parts + 1] = " after " .. self.attempts .. " attempts"
  end
  -- a server's message may span lines; the text stays one line
  return (table.concat(parts):gsub("%s*[\r\n]+%s*", " "))
end

-- "failed: " .. err and err .. "!" give the one-line text.
function Error.__concat(a, b)
  return tostring(a) .. tostring(b)
end

-- new{kind = , message = , ...}: an error object; code defaults by kind.
function M.new(fields)
  local err = {}
  for k, v in pairs(fields) do err[k] = redact.value(v) end
  err.code = err.code or DEFAULT_CODES[err.kind]
  if err.retryable == nil then err.retryable = false end
  return setmetatable(err, Error)
end

-- scrub(err, signature) -> err, redacted again (in place) with one more exact secret.
function M.scrub(err, signature)
  for k, v in pairs(err) do err[k] = redact.value(v, signature) end
  return err
end

function M.is_error(value)
  return getmetatable(value) == Error
end

return M
