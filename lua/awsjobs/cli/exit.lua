-- cli/exit: the AWS CLI's exit codes and one-line error messages for awsjobs errors.
--   0 success, 252 a bad command line or parameter validation, 253 configuration or
--   credentials, 254 a service error, 255 anything else, 130 interrupted.
local M = {
  OK = 0, USAGE = 252, CONFIG = 253, SERVICE = 254, OTHER = 255, INTERRUPTED = 130,
}

local function one_line(s)
  return (tostring(s or ""):gsub("%s*[\r\n]+%s*", " "))
end
M.one_line = one_line

-- code_and_message(err) -> exit code, the line to print
function M.of(err)
  local kind, msg = err.kind, one_line(err.message)
  if kind == "validation" then
    if msg:match("^no region") then
      return M.CONFIG, 'You must specify a region. You can also configure your region by running "aws configure" ' ..
        "or set AWS_REGION."
    end
    if err.code == "ParamValidationError" and err.operation then
      return M.USAGE, "Parameter validation failed: " .. msg
    end
    return M.USAGE, msg
  elseif kind == "credentials" then
    return M.CONFIG, "Unable to locate credentials: " .. msg
  elseif kind == "service" then
    local retries = (err.attempts or 1) > 1 and (" (reached max retries: %d)"):format(err.attempts - 1) or ""
    return M.SERVICE, ("An error occurred (%s) when calling the %s operation%s: %s"):format(
      tostring(err.code or err.status), tostring(err.operation), retries, msg)
  elseif kind == "network" then
    return M.OTHER, "Could not connect to the endpoint URL: " .. msg
  elseif kind == "timeout" then
    return M.OTHER, "Read timeout on endpoint URL: " .. msg
  elseif kind == "waiter" then
    local why = err.code == "WaiterMaxAttempts" and "Max attempts exceeded"
      or err.code == "WaiterTimeout" and "Timed out"
      or err.code == "WaiterFailure" and "Waiter encountered a terminal failure state"
      or msg
    if err.last_error and err.code ~= "WaiterMaxAttempts" and err.code ~= "WaiterTimeout" then
      local _, line = M.of(err.last_error)
      why = why .. ": " .. line
    end
    return M.OTHER, ("Waiter %s failed: %s"):format(tostring(err.waiter), why)
  end
  return M.OTHER, tostring(err)
end

return M
