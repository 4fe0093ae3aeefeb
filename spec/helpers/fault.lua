-- The fault server (spec/fakes/fault_server.py) and the CONNECT proxy
-- (spec/fakes/connect_proxy.py) for specs, on 127.0.0.1. Each start returns a handle with
-- url and stop(); specs stop what they start.
local M = {}

-- Starts a script that prints its port as its first line: pid, port, pipe.
local function spawn(cmd)
  local pipe = assert(io.popen("exec sh -c 'echo $$; exec " .. cmd .. "'", "r"))
  local pid = assert(tonumber(pipe:read("l")), "could not start: " .. cmd)
  local port = tonumber(pipe:read("l"))
  assert(port, cmd .. " did not print its port")
  return pid, port, pipe
end

local function stopper(pid, pipe)
  return function()
    os.execute("kill " .. pid .. " 2>/dev/null")
    pipe:close()
  end
end

-- server() -> {url, port, stop}: the fault server; the path of a request picks its fault.
function M.server()
  local pid, port, pipe = spawn("python3 spec/fakes/fault_server.py")
  return { url = "http://127.0.0.1:" .. port, port = port, stop = stopper(pid, pipe) }
end

-- proxy() -> {url, port, stop, stats()}: the CONNECT proxy; stats() is what it has seen:
-- {connect = n, forward = n, targets = {...}}.
function M.proxy()
  local log = os.tmpname()
  local pid, port, pipe = spawn("python3 spec/fakes/connect_proxy.py " .. log)
  local handle = { url = "http://127.0.0.1:" .. port, port = port }
  local stop = stopper(pid, pipe)
  function handle.stop()
    stop()
    os.remove(log)
  end
  function handle.stats()
    local out = { connect = 0, forward = 0, targets = {} }
    local f = io.open(log)
    if not f then return out end
    for line in f:lines() do
      local what, target = line:match("^(%S+) (%S+)$")
      if what then
        out[what] = (out[what] or 0) + 1
        out.targets[#out.targets + 1] = target
      end
    end
    f:close()
    return out
  end
  return handle
end

return M
