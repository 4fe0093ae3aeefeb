-- Whole StopTask calls per second through one awsjobs client against the local stub
-- (validate, serialise, sign, send, parse), then the Lua heap and the process RSS over
-- 100,000 calls. Usage: lua5.4 bench/call.lua URL [seconds] [memory_calls]
local awsjobs = require "awsjobs"
local core = require "awsjobs.core"

local url, seconds, memory_calls = arg[1], tonumber(arg[2]) or 3, tonumber(arg[3]) or 100000
local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = url,
  credentials = { access_key_id = "AKIDEXAMPLE", secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } })
local params = { cluster = "default", reason = "done",
  task = "arn:aws:ecs:us-east-1:123456789012:task/default/0123456789abcdef0123456789abcdef" }

local function rss_kib()
  local f = io.open("/proc/self/status")
  local kib = f:read("a"):match("VmRSS:%s*(%d+)")
  f:close()
  return tonumber(kib)
end

local function call()
  local out, err = ecs:stopTask(params)
  if not out then error(tostring(err)) end
  return out
end

assert(call().task.stoppedReason == "done")
for _ = 1, 2000 do call() end  -- warm up
-- Wall-clock calls per second (what a caller sees), and the CPU time of this process per call.
local n, wall0, cpu0 = 0, core.monotonic(), os.clock()
repeat
  for _ = 1, 500 do call() end
  n = n + 500
until core.monotonic() - wall0 >= seconds
local wall, cpu = core.monotonic() - wall0, os.clock() - cpu0
print(string.format("awsjobs.stopTask %.0f %.3f", n / wall, cpu / n * 1e6))

if memory_calls == 0 then return end
-- Memory: warm up, then compare after the rest of the calls.
local warm = memory_calls // 10
for _ = 1, warm do call() end
collectgarbage("collect")
local heap0, rss0 = collectgarbage("count"), rss_kib()
for _ = 1, memory_calls - warm do call() end
collectgarbage("collect")
local heap1, rss1 = collectgarbage("count"), rss_kib()
print(string.format("memory %d %.0f %.0f %d %d", memory_calls, heap0, heap1, rss0, rss1))
