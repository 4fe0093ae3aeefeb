-- N StopTask calls with C in flight through awsjobs.map over one client against the stub.
-- Usage: lua5.4 bench/concurrent.lua URL [N] [C]; prints "awsjobs.map <calls/s wall> <CPU us/call>".
local awsjobs = require "awsjobs"
local core = require "awsjobs.core"

local url, n, c = arg[1], tonumber(arg[2]) or 1000, tonumber(arg[3]) or 32
local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = url,
  credentials = { access_key_id = "AKIDEXAMPLE", secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } })
local tasks = {}
for i = 1, n do tasks[i] = ("arn:aws:ecs:us-east-1:123456789012:task/default/%032x"):format(i) end
local function stop(arn) return ecs:stopTask { cluster = "default", task = arn, reason = "done" } end

awsjobs.map({ tasks[1], tasks[2] }, stop, { concurrency = 2 })  -- warm up
local wall0, cpu0 = core.monotonic(), os.clock()
local outs, errs = awsjobs.map(tasks, stop, { concurrency = c })
local wall, cpu = core.monotonic() - wall0, os.clock() - cpu0
for i = 1, n do assert(outs[i], errs[i] and tostring(errs[i])) end
print(string.format("awsjobs.map %.0f %.3f", n / wall, cpu / n * 1e6))
