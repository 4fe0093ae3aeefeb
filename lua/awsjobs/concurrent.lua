-- concurrent: many calls at once from plain Lua. map(items, fn, opts) runs fn(item, i) for
-- every item, at most opts.concurrency at a time, each slot a coroutine, over one libcurl
-- multi handle (which runs the transfers on a thread of its own: csrc/lmulti.c). fn makes
-- ordinary awsjobs calls: while a call waits on the network (or on a retry's backoff), its
-- coroutine is parked and the others run. Results come back in input order; a failure, or
-- a Lua error in fn, is that item's alone.
local compat = require "awsjobs.compat"
local core = require "awsjobs.core"
local errors = require "awsjobs.errors"

local M = {}

local WAIT = {}  -- what a parked coroutine yields: WAIT, "io", conn | WAIT, "sleep", seconds

local current  -- the scheduler running right now, if any

-- The scheduler the running coroutine belongs to, or nil (then calls block as usual).
function M.scheduler()
  if not current then return nil end
  local co = coroutine.running()
  if co and current.owned[co] then return current end
  return nil
end

-- Called by the curl transport inside map: runs conn's prepared transfer on the multi
-- handle and parks until it is done. body must be the string conn:start was given.
function M.transfer(conn, body)
  current.multi:add(conn, body)
  coroutine.yield(WAIT, "io", conn)
  return conn:result()
end

-- Parks the running coroutine for seconds (retry backoff, waiter delays).
function M.sleep(seconds)
  coroutine.yield(WAIT, "sleep", seconds)
end

local function lua_error(msg)
  return errors.new { kind = "error", code = "LuaError", message = tostring(msg) }
end

-- map(items, fn, opts) -> results, errs: results[i] is fn's first result (false when it
-- returned nil), errs[i] its error (or nil). opts.concurrency: in flight at once (default 16);
-- a value that is not a whole number of at least 1 gives nil, err before fn runs.
function M.map(items, fn, opts)
  if type(items) ~= "table" then error("awsjobs.map: items must be a list", 2) end
  if type(fn) ~= "function" then error("awsjobs.map: fn must be a function", 2) end
  if current then error("awsjobs.map: already inside awsjobs.map", 2) end
  local limit = (opts and opts.concurrency) or 16
  if type(limit) ~= "number" then error("awsjobs.map: opts.concurrency must be a number", 2) end
  if not (compat.tointeger(limit) and limit >= 1) then
    return nil, errors.new { kind = "validation",
      message = "awsjobs.map: opts.concurrency: must be a whole number of at least 1" }
  end

  local n = #items
  local results, errs = {}, {}
  local sched = { multi = core.multi(), owned = {} }  -- owned: worker -> index of its item
  local parked = {}        -- conn -> the worker waiting on it
  local sleepers = {}      -- {wake, worker}
  local runnable, batch = {}, {}
  local finished = {}      -- the conns multi:wait reports, refilled each time
  local next_item, workers = 1, 0

  local function finish(i, ok, a, b)
    if not ok then
      results[i], errs[i] = false, lua_error(a)
    else
      if a == nil then a = false end  -- keeps the list without holes
      results[i], errs[i] = a, b
    end
  end

  -- A worker takes items one after another until none are left: one coroutine per slot,
  -- not per item. pcall keeps a Lua error in fn to that item (yields pass through it).
  local function worker()
    local co = coroutine.running()
    while next_item <= n do
      local i = next_item
      next_item = i + 1
      sched.owned[co] = i
      finish(i, pcall(fn, items[i], i))
    end
  end

  -- Resumes a worker and routes what it yields: (WAIT, "io", conn) or (WAIT, "sleep", s).
  local function resume(co)
    current = sched
    local ok, a, b, c = coroutine.resume(co)
    current = nil
    if not ok then error(a, 0) end  -- the worker itself failed, not fn: a bug here
    if coroutine.status(co) == "dead" then
      sched.owned[co] = nil
      workers = workers - 1
    elseif a ~= WAIT then
      -- fn yielded to someone else; its item fails and the worker is given up
      finish(sched.owned[co], false, "fn yielded outside awsjobs (coroutines inside awsjobs.map must not yield)")
      sched.owned[co] = nil
      workers = workers - 1
    elseif b == "io" then
      parked[c] = co
    else
      sleepers[#sleepers + 1] = { core.monotonic() + (c or 0), co }
    end
  end

  local function spawn()
    while workers < limit and next_item <= n do
      workers = workers + 1
      resume(coroutine.create(worker))
    end
  end

  local ok, err = pcall(function()
    spawn()
    while workers > 0 do
      -- wake the sleepers that are due; wait on the network no longer than the next one
      local timeout = 1
      if #sleepers > 0 then
        local now = core.monotonic()
        for k = #sleepers, 1, -1 do
          local s = sleepers[k]
          if s[1] <= now then
            table.remove(sleepers, k)
            runnable[#runnable + 1] = s[2]
          else
            timeout = math.min(timeout, s[1] - now)
          end
        end
      end
      if #runnable == 0 then
        if sched.multi:count() > 0 then
          for k = 1, sched.multi:wait(timeout, finished) do
            local conn = finished[k]
            runnable[#runnable + 1] = parked[conn]
            parked[conn] = nil
          end
        elseif #sleepers > 0 then
          core.sleep(timeout)
        end
      end
      -- resume this round's workers; those they wake go into the next round
      runnable, batch = batch, runnable
      for k = 1, #batch do
        resume(batch[k])
        batch[k] = nil
      end
      spawn()
    end
  end)
  current = nil
  sched.multi:close()
  if not ok then error(err, 0) end
  return results, errs
end

return M
