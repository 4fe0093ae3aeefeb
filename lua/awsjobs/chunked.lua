-- chunked: operations whose list parameter has a service limit, called in chunks and the
-- answers merged, so a caller (a waiter over 300 ECS tasks, say) can pass the whole list.
local compat = require "awsjobs.compat"

local M = {}

-- operation -> the list parameter, its limit, and the answer lists to join
local LIMITS = {
  DescribeTasks = { param = "tasks", max = 100, merge = { "tasks", "failures" } },
  DescribeJobs = { param = "jobs", max = 100, merge = { "jobs" } },
}
M.LIMITS = LIMITS

-- call(client, operation, params) -> response | nil, err. One call when the list is within
-- the limit; otherwise one per chunk, in order, and the first error ends it.
function M.call(client, name, params)
  local rule = LIMITS[name]
  local list = rule and params and params[rule.param]
  if type(list) ~= "table" or #list <= rule.max then return client:call(name, params) end
  local merged = {}
  for _, key in ipairs(rule.merge) do merged[key] = {} end
  for first = 1, #list, rule.max do
    local input = {}
    for k, v in pairs(params) do input[k] = v end
    input[rule.param] = { compat.unpack(list, first, math.min(first + rule.max - 1, #list)) }
    local out, err = client:call(name, input)
    if not out then return nil, err end
    for _, key in ipairs(rule.merge) do
      local into = merged[key]
      for _, item in ipairs(out[key] or {}) do into[#into + 1] = item end
    end
  end
  return merged
end

return M
