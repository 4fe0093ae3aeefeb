-- log_tail: follows one CloudWatch Logs stream with GetLogEvents, oldest first, each event
-- once. A stream that does not exist yet (the container has not started) is not an error:
-- it has no events so far.
local M = {}

local Tail = {}
Tail.__index = Tail

-- Pages read in one poll at most: a poll catches up, but never loops on a busy stream.
local MAX_PAGES = 50

-- new(logs, group, stream, label) -> tail; label says whose output it is (a container name)
function M.new(logs, group, stream, label)
  return setmetatable({ logs = logs, group = group, stream = stream, label = label }, Tail)
end

-- poll() -> the events written since the last poll (maybe none) | nil, err
function Tail:poll()
  local events = {}
  for _ = 1, MAX_PAGES do
    local out, err = self.logs:getLogEvents { logGroupName = self.group, logStreamName = self.stream,
      startFromHead = true, nextToken = self.token }
    if not out then
      if err.code == "ResourceNotFoundException" then return events end
      return nil, err
    end
    local page = out.events or {}
    for _, e in ipairs(page) do events[#events + 1] = e end
    -- at the end of the stream the service gives back the token it was sent
    local next_token = out.nextForwardToken
    local at_end = next_token == nil or next_token == self.token
    if next_token ~= nil then self.token = next_token end
    if at_end then break end
  end
  return events
end

-- Streams of awslogs containers (ECS): "<prefix>/<container>/<task id>" in the group the
-- task definition names. A container without a stream prefix gets a stream named after its
-- Docker id, which the task does not tell, so it is left out.
-- ecs_streams(task_definition, task_arn) -> list of {group =, stream =, region =, container =}
function M.ecs_streams(def, task_arn)
  local task_id = tostring(task_arn):match("([^/]+)$")
  local list = {}
  for _, c in ipairs(def and def.containerDefinitions or {}) do
    local lc = c.logConfiguration
    local o = lc and lc.logDriver == "awslogs" and lc.options or {}
    if o["awslogs-group"] and o["awslogs-stream-prefix"] and task_id then
      list[#list + 1] = { group = o["awslogs-group"], region = o["awslogs-region"], container = c.name,
        stream = o["awslogs-stream-prefix"] .. "/" .. c.name .. "/" .. task_id }
    end
  end
  return list
end

return M
