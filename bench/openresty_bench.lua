-- The nginx side of bench/openresty.sh: ECS StopTask calls made inside one nginx worker, by
-- an awsjobs client (made once per worker) and by the raw cosocket floor: one request signed
-- once, sent again and again over an ngx.socket.tcp keep-alive connection, its answer read
-- by Content-Length and decoded with cjson. Nothing here is timed by a spec.
local awsjobs = require "awsjobs"
local cjson = require "cjson"

local M = {}

local ngx = rawget(_G, "ngx")
local PARAMS = { cluster = "default", reason = "done",
  task = "arn:aws:ecs:us-east-1:123456789012:task/default/0123456789abcdef0123456789abcdef" }
local CREDENTIALS = { access_key_id = "AKIDEXAMPLE", secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" }

local client, raw_request, signed, host, port
M.calls = 0

function M.setup(stub_url)
  host, port = stub_url:match("^http://([^:/]+):(%d+)")
  port = tonumber(port)
  client = assert(awsjobs.ecs { region = "us-east-1", endpoint = stub_url, credentials = CREDENTIALS })
  local req = assert(client:prepare("StopTask", PARAMS))
  signed = req
  local lines = { req.method .. " / HTTP/1.1\r\n", "Host: " .. host .. ":" .. port .. "\r\n" }
  for name, value in pairs(req.headers) do
    if name:lower() ~= "host" then lines[#lines + 1] = name .. ": " .. value .. "\r\n" end
  end
  lines[#lines + 1] = "\r\n"
  lines[#lines + 1] = req.body
  raw_request = table.concat(lines)
end

local function raw_call()
  local sock = ngx.socket.tcp()
  sock:settimeouts(10000, 60000, 60000)
  assert(sock:connect(host, port))
  assert(sock:send(raw_request))
  local status = assert(sock:receive("*l"))
  local length
  while true do
    local line = assert(sock:receive("*l"))
    if line == "" then break end
    local n = line:match("^[Cc]ontent%-[Ll]ength:%s*(%d+)")
    if n then length = tonumber(n) end
  end
  local body = assert(sock:receive(length))
  sock:setkeepalive(60000, 32)
  local out = cjson.decode(body)
  assert(status:find(" 200", 1, true) and out.task.stoppedReason == "done")
  return out
end

local function awsjobs_call()
  local out, err = client:stopTask(PARAMS)
  if not out then error(tostring(err)) end
  return out
end

-- The floor's request sent by awsjobs's own transport: where the call's cost is the transport's.
local function transport_call()
  local status, _, body = client.transport:send(signed)
  assert(status == 200, body)
  return cjson.decode(body)
end

M.CALL = { raw = raw_call, awsjobs = awsjobs_call, transport = transport_call }

-- The worker's CPU time so far, in seconds (utime + stime of /proc/self/stat).
local TICKS = 100  -- USER_HZ on Linux
local function cpu_seconds()
  local f = assert(io.open("/proc/self/stat"))
  local stat = f:read("a")
  f:close()
  local fields = {}
  for v in stat:match("%) (.*)$"):gmatch("%S+") do fields[#fields + 1] = v end
  -- after "(comm)": field 3 is state, so utime (14) and stime (15) are the 12th and 13th
  return (tonumber(fields[12]) + tonumber(fields[13])) / TICKS
end
M.cpu_seconds = cpu_seconds

-- seq(mode, seconds, heap_calls) -> "mode calls/s cpu_us/call heap_bytes/call"
function M.seq(mode, seconds, heap_calls)
  local call = M.CALL[mode]
  for _ = 1, 2000 do call() end  -- warm up (and let the JIT settle)
  ngx.update_time()
  local n, wall0, cpu0 = 0, ngx.now(), cpu_seconds()
  repeat
    for _ = 1, 200 do call() end
    n = n + 200
    ngx.update_time()
  until ngx.now() - wall0 >= seconds
  local wall, cpu = ngx.now() - wall0, cpu_seconds() - cpu0
  -- heap: what a batch allocates with the collector stopped
  collectgarbage("collect")
  collectgarbage("stop")
  local before = collectgarbage("count")
  for _ = 1, heap_calls do call() end
  local bytes = (collectgarbage("count") - before) * 1024 / heap_calls
  collectgarbage("restart")
  return ("%s %.0f %.2f %.0f"):format(mode, n / wall, cpu / n * 1e6, bytes)
end

-- one(mode): the call of one request (wrk drives these).
function M.one(mode)
  M.CALL[mode]()
  M.calls = M.calls + 1
end

-- "calls cpu_seconds heap_kib", for the driver's deltas around a load run.
function M.stats()
  return ("%d %.2f %.1f"):format(M.calls, cpu_seconds(), collectgarbage("count"))
end

return M
