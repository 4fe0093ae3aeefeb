-- N StopTask calls with C in flight through awsjobs.map against the throttling stub
-- (spec/fakes/throttle_stub.py), in the given retry mode. The stub's counts are read by
-- bench/throttle.sh. Usage: lua5.4 bench/throttle.lua URL MODE [N] [C];
-- prints "awsjobs.<mode> <failed items> <wall s>".
local awsjobs = require "awsjobs"
local core = require "awsjobs.core"

local url, mode = arg[1], arg[2]
local n, c = tonumber(arg[3]) or 1000, tonumber(arg[4]) or 64
local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = url, retry_mode = mode, timeout = 30,
  credentials = { access_key_id = "AKIDEXAMPLE", secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } })
local tasks = {}
for i = 1, n do tasks[i] = ("arn:aws:ecs:us-east-1:123456789012:task/default/%032x"):format(i) end

local wall0 = core.monotonic()
local outs = awsjobs.map(tasks, function(arn)
  return ecs:stopTask { cluster = "default", task = arn, reason = "done" }
end, { concurrency = c })
local wall = core.monotonic() - wall0
local failed = 0
for i = 1, n do if not outs[i] then failed = failed + 1 end end
print(string.format("awsjobs.%s %d %.2f", mode, failed, wall))
