-- cli/debug: --debug. Wraps a transport so that each request and response is written to
-- stderr, with the Authorization header, the session token and any remembered secret cut
-- out (redact.lua), the way the AWS CLI's debug log leaves secrets out.
local headers = require "awsjobs.headers"
local redact = require "awsjobs.redact"

local M = {}

local SECRET_HEADERS = { authorization = true, ["x-amz-security-token"] = true }
local MAX_BODY = 4096  -- a long body is cut: the log is for reading

local function body_text(body)
  if body == nil or body == "" then return "" end
  if #body > MAX_BODY then body = body:sub(1, MAX_BODY) .. ("... (%d bytes)"):format(#body) end
  return body
end

local function header_lines(h, out)
  local names = {}
  for k in pairs(h) do if type(k) == "string" then names[#names + 1] = k end end
  table.sort(names)
  for _, k in ipairs(names) do
    local v = SECRET_HEADERS[k:lower()] and "[redacted]" or tostring(h[k])
    out[#out + 1] = ("  %s: %s"):format(k, v)
  end
end

-- wrap(inner, write) -> a transport; write(text) defaults to io.stderr.
function M.wrap(inner, write)
  write = write or function(s) io.stderr:write(s) end
  local function log(lines)
    write(redact.string(table.concat(lines, "\n")) .. "\n")
  end
  return {
    send = function(_, req)
      local out = { ("DEBUG request: %s %s"):format(req.method, req.url) }
      header_lines(req.headers or {}, out)
      local b = body_text(req.body)
      if b ~= "" then out[#out + 1] = "  body: " .. b end
      log(out)
      local status, h, body, code = inner:send(req)
      if status then
        local r = { ("DEBUG response: HTTP %s"):format(tostring(status)) }
        header_lines(headers.all(h) or {}, r)
        local rb = body_text(body)
        if rb ~= "" then r[#r + 1] = "  body: " .. rb end
        log(r)
      else
        log { ("DEBUG transport error: %s: %s"):format(tostring(h), tostring(body)) }
      end
      return status, h, body, code
    end,
    close = function() if inner.close then inner:close() end end,
  }
end

return M
