-- transport: how requests go. Outside nginx, libcurl (transport/curl.lua). Inside nginx's
-- Lua module, cosockets (transport/cosocket.lua) in the phases that allow them; elsewhere
-- (init, init_worker, header/body filters, log, set) a clear error naming the phase, unless
-- the client was made with transport = "curl", which blocks the worker while it waits.
local concurrent = require "awsjobs.concurrent"
local core = require "awsjobs.core"
local cosocket = require "awsjobs.transport.cosocket"

local M = {}

local ngx = rawget(_G, "ngx")

function M.in_nginx()
  return ngx ~= nil and ngx.get_phase ~= nil
end

local function phase_error()
  if not M.in_nginx() then
    return nil, "validation", "the cosocket transport works only inside nginx's Lua module", "UnsupportedPhase"
  end
  return nil, "validation", ("cannot send from nginx's %s phase, where cosockets are not available: " ..
    "call from rewrite, access, content or a timer (ngx.timer.at), or make the client with " ..
    "transport = \"curl\" to block the worker instead"):format(tostring(cosocket.phase())), "UnsupportedPhase"
end

-- A cosocket transport that checks the phase at every request (a client may be made in
-- init_by_lua and used in content_by_lua).
local function phase_checked(inner)
  return {
    send = function(_, req)
      if not cosocket.usable() then return phase_error() end
      return inner:send(req)
    end,
  }
end

-- new(opts) -> transport with send(req) -> status, headers, body | nil, kind, message[, code]
-- | nil, message when the options do not fit the transport (ca_file on cosockets).
-- opts.transport: nil or "auto", "curl", "cosocket", or an object of one's own.
function M.new(opts)
  local choice = opts.transport
  if type(choice) == "table" then return choice end
  if choice == "curl" or ((choice == nil or choice == "auto") and not M.in_nginx()) then
    return require("awsjobs.transport.curl").new(opts)
  end
  local inner, err = cosocket.new(opts)
  if not inner then return nil, err end
  return phase_checked(inner)
end

-- sleep(seconds): parks the coroutine inside awsjobs.map, yields to nginx's event loop where
-- it can, else blocks.
function M.sleep(seconds)
  if concurrent.scheduler() then
    concurrent.sleep(seconds)
  elseif cosocket.usable() then
    ngx.sleep(seconds)
  else
    core.sleep(seconds)
  end
end

return M
