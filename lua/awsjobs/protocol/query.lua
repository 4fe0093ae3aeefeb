-- protocol/query: the form body of AWS's query protocol (STS here; IAM and EC2 in the
-- emulator fixtures): Action, Version, then the parameters sorted, strictly encoded.
local escape = require("awsjobs.protocol.rest_json").escape

local M = {}

M.CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8"

-- body(action, version, params) -> "Action=...&Version=...&k=v..."
function M.body(action, version, params)
  local keys = {}
  for k in pairs(params) do keys[#keys + 1] = k end
  table.sort(keys)
  local parts = { "Action=" .. escape(action), "Version=" .. escape(version) }
  for _, k in ipairs(keys) do parts[#parts + 1] = escape(k) .. "=" .. escape(tostring(params[k])) end
  return table.concat(parts, "&")
end

return M
