-- credentials.shared_dict: temporary credentials kept in an nginx lua_shared_dict, so that
-- every worker of one nginx uses the same ones and one worker at a time refreshes them.
-- The entry is JSON under a key naming the chain (profile, region), never the secret; it
-- lives as long as the credentials do. The refresh lock is an atomic add with a lifetime,
-- so a worker that dies while refreshing holds the others up for LOCK_TTL at most.
-- The dict's memory is shared by the nginx workers (and the master) only; whoever can read
-- those processes' memory can read the credentials, as they could in a worker's heap.
local M = {}

local ngx = rawget(_G, "ngx")

M.LOCK_TTL = 15  -- seconds: longer than any provider's own timeouts

local json  -- a private cjson instance, loaded the first time a dict is used
local function codec()
  if not json then json = require("cjson").new() end
  return json
end

-- check(name) -> nil | message: whether name is a lua_shared_dict of this nginx.
function M.check(name)
  if not (ngx and ngx.shared) then
    return "options.shared_dict: needs nginx's Lua module (a lua_shared_dict)"
  end
  if not ngx.shared[name] then
    return ("options.shared_dict: no lua_shared_dict %q in nginx.conf"):format(name)
  end
  return nil
end

function M.open(name)
  return ngx.shared[name]
end

function M.key(chain_key)
  return "awsjobs/credentials/" .. chain_key
end

-- read(dict, key) -> creds (with source and expiration), generation | nil
function M.read(dict, key)
  local text = dict:get(key)
  if type(text) ~= "string" then return nil end
  local ok, doc = pcall(codec().decode, text)
  if not ok or type(doc) ~= "table" or type(doc.access_key_id) ~= "string"
    or type(doc.secret_access_key) ~= "string" or type(doc.expiration) ~= "number" then
    return nil
  end
  return { access_key_id = doc.access_key_id, secret_access_key = doc.secret_access_key,
           session_token = doc.session_token, expiration = doc.expiration, source = doc.source },
    tonumber(doc.generation) or 0
end

-- write(dict, key, creds, now) -> generation: kept until the credentials expire. Each write
-- has a higher generation than the last, so that a worker can tell a newer refresh from the
-- copy it holds (two refreshes a second apart can carry the same Expiration).
function M.write(dict, key, creds, now)
  local ttl = creds.expiration - now
  if ttl <= 0 then return 0 end
  local generation = dict:incr(key .. "/generation", 1, 0) or 0
  dict:set(key, codec().encode {
    access_key_id = creds.access_key_id, secret_access_key = creds.secret_access_key,
    session_token = creds.session_token, expiration = creds.expiration, source = creds.source,
    generation = generation,
  }, ttl)
  return generation
end

-- lock(dict, key) -> true when this worker may refresh | false, "exists" while another
-- holds the lock | false, message when the dict cannot take it (full).
function M.lock(dict, key)
  local ok, err = dict:add(key .. "/lock", true, M.LOCK_TTL)
  if ok then return true end
  return false, err
end

function M.unlock(dict, key)
  dict:delete(key .. "/lock")
end

return M
