-- credentials.single_flight: one run of a refresh at a time. While a run is in progress the
-- other callers wait for it and get its result instead of starting their own. How a caller
-- waits depends on where it runs: inside nginx (phases with cosockets, timers) on an
-- ngx.semaphore, inside awsjobs.map by parking its coroutine on the scheduler; in plain Lua
-- nothing can run meanwhile, so there is never anyone to wait.
local concurrent = require "awsjobs.concurrent"
local cosocket = require "awsjobs.transport.cosocket"

local M = {}

local ngx = rawget(_G, "ngx")
local POLL = 0.005  -- seconds between looks where no semaphore is at hand

local semaphore  -- ngx.semaphore (lua-resty-core), loaded on first need; false if absent
local function new_semaphore()
  if semaphore == nil then
    local ok, mod = pcall(require, "ngx.semaphore")
    semaphore = ok and mod or false
  end
  return semaphore and semaphore.new(0) or nil
end

-- How the running code can wait: "nginx", "map" or nil (it cannot yield).
function M.mode()
  if concurrent.scheduler() then return "map" end
  if cosocket.usable() then return "nginx" end
  return nil
end

local function sleep(mode, seconds)
  if mode == "map" then concurrent.sleep(seconds) else ngx.sleep(seconds) end
end
M.sleep = sleep

local monotonic = require("awsjobs.core").monotonic

-- Waits for call to finish, at most timeout seconds: true | false
local function wait(call, mode, timeout)
  if mode == "nginx" then
    local sema = call.sema or new_semaphore()
    if sema then
      call.sema = sema
      call.waiters = call.waiters + 1
      sema:wait(timeout)
      return call.done
    end
  end
  local deadline = monotonic() + timeout
  while not call.done and monotonic() < deadline do sleep(mode, POLL) end
  return call.done
end

local Flight = {}
Flight.__index = Flight

function M.new()
  return setmetatable({ call = nil }, Flight)
end

function Flight:running()
  return self.call ~= nil
end

-- run(fn, timeout) -> a, b (what fn returned), joined. When a run is already in progress
-- the caller waits for it (at most timeout seconds) and gets the same two values, and
-- joined = true; on timeout nil, "timeout", true. A Lua error in fn goes to its caller;
-- the waiters get nil and the message.
function Flight:run(fn, timeout)
  local call = self.call
  if call then
    local mode = M.mode()
    if mode == nil then  -- cannot wait here (a phase without yields): run alone
      local a, b = fn()
      return a, b, false
    end
    if not wait(call, mode, timeout) then return nil, "timeout", true end
    return call.a, call.b, true
  end
  call = { done = false, waiters = 0 }
  self.call = call
  local ok, a, b = pcall(fn)
  if self.call == call then self.call = nil end
  if ok then call.a, call.b = a, b else call.a, call.b = nil, tostring(a) end
  call.done = true
  if call.sema and call.waiters > 0 then call.sema:post(call.waiters) end
  if not ok then error(a, 0) end
  return a, b, false
end

-- Runs fn(premature) detached from the caller where that is possible (an nginx timer):
-- true | false (then the caller runs it itself).
function M.detach(fn)
  if not (ngx and ngx.timer and cosocket.phase() ~= nil) or concurrent.scheduler() then return false end
  local ok, handle = pcall(ngx.timer.at, 0, fn)
  return ok and handle ~= nil
end

return M
