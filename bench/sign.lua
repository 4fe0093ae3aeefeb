-- Signatures per second through awsjobs.sign for the StopTask request.
-- Usage: lua5.4 bench/sign.lua [seconds]; prints "awsjobs.sign <rate> <us/op>".
local awsjobs = require "awsjobs"
local st = dofile("bench/stop_task.lua")

local seconds = tonumber(arg[1]) or 2
local request = {
  method = st.method,
  url = "https://ecs." .. st.region .. ".amazonaws.com" .. st.path,
  headers = st.headers,
  body = st.body,
}
local options = {
  region = st.region, service = "ecs",
  credentials = { access_key_id = st.access_key_id, secret_access_key = st.secret_access_key },
}

local sign = awsjobs.sign
assert(sign(request, options))
local n, start = 0, os.clock()
repeat
  for _ = 1, 10000 do sign(request, options) end
  n = n + 10000
until os.clock() - start >= seconds
local elapsed = os.clock() - start
print(string.format("awsjobs.sign %.0f %.3f", n / elapsed, elapsed / n * 1e6))
