-- concurrent: many calls at once from plain Lua. map(items, fn, opts) runs fn(item, i) for
-- every item in a coroutine of its own, at most opts.concurrency at a time, over one libcurl
-- multi handle. fn makes ordinary awsjobs calls: while a call waits on the network (or on a
-- retry's backoff), its coroutine is parked and the others run. Results come back in input
-- order; a failure, or a Lua error in fn, is that item's alone.
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
-- returned nil), errs[i] its error (or nil). opts.concurrency: in flight at once (default 16).
function M.map(items, fn, opts)
  if type(items) ~= "table" then error("awsjobs.map: items must be a list", 2) end
  if type(fn) ~= "function" then error("awsjobs.map: fn must be a function", 2) end
  if current then error("awsjobs.map: already inside awsjobs.map", 2) end
  local limit = (opts and opts.concurrency) or 16
  if type(limit) ~= "number" or limit < 1 then error("awsjobs.map: opts.concurrency must be at least 1", 2) end

  local n = #items
  local results, errs = {}, {}
  local sched = { multi = core.multi(), owned = {} }
  local io_waiting = {}    -- conn -> {co, index}
  local sleepers = {}      -- {wake, co, index}
  local ready = {}         -- {co, index} to resume
  local next_item, active = 1, 0

  local function finish(i, ok, a, b)
    if not ok then
      results[i], errs[i] = false, lua_error(a)
    else
      if a == nil then a = false end  -- keeps the list without holes
      results[i], errs[i] = a, b
    end
  end

  -- Resumes co (with fn's arguments the first time); routes what it yields; records its
  -- end. fn's results, or a yield's (WAIT, what, value), arrive as a, b, c.
  local function step(co, i, x, y)
    current = sched
    local ok, a, b, c = coroutine.resume(co, x, y)
    current = nil
    if coroutine.status(co) == "dead" then
      sched.owned[co] = nil
      active = active - 1
      finish(i, ok, a, b)
    elseif a ~= WAIT then
      sched.owned[co] = nil
      active = active - 1
      finish(i, false, "fn yielded outside awsjobs (coroutines inside awsjobs.map must not yield)")
    elseif b == "io" then
      io_waiting[c] = { co, i }
    else
      sleepers[#sleepers + 1] = { core.monotonic() + (c or 0), co, i }
    end
  end

  local function start_next()
    while active < limit and next_item <= n do
      local i = next_item
      next_item = next_item + 1
      active = active + 1
      local co = coroutine.create(fn)
      sched.owned[co] = true
      step(co, i, items[i], i)
    end
  end

  local ok, err = pcall(function()
    start_next()
    while active > 0 do
      -- wake the sleepers that are due; wait on the network no longer than the next one
      local now, timeout = core.monotonic(), 1
      for k = #sleepers, 1, -1 do
        local s = sleepers[k]
        if s[1] <= now then
          table.remove(sleepers, k)
          ready[#ready + 1] = { s[2], s[3] }
        else
          timeout = math.min(timeout, s[1] - now)
        end
      end
      if #ready == 0 then
        if sched.multi:count() > 0 then
          for _, conn in ipairs(sched.multi:wait(timeout)) do
            local w = io_waiting[conn]
            io_waiting[conn] = nil
            ready[#ready + 1] = w
          end
        elseif #sleepers > 0 then
          core.sleep(timeout)
        end
      end
      local batch = ready
      ready = {}
      for _, r in ipairs(batch) do step(r[1], r[2]) end
      start_next()
    end
  end)
  current = nil
  sched.multi:close()
  if not ok then error(err, 0) end
  return results, errs
end

return M
