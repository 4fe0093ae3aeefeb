-- credentials.static: the credentials passed to the client.
local M = { name = "explicit credentials" }

function M.fetch(ctx)
  local c = ctx.opts.credentials
  if c == nil then return nil, "none given" end
  ctx.stop = true  -- given but unusable is an error, not a reason to look elsewhere
  if type(c) ~= "table" then return nil, "credentials must be a table" end
  if type(c.access_key_id) ~= "string" or c.access_key_id == "" then
    return nil, "access_key_id missing"
  end
  if type(c.secret_access_key) ~= "string" or c.secret_access_key == "" then
    return nil, "secret_access_key missing"
  end
  if c.session_token ~= nil and type(c.session_token) ~= "string" then
    return nil, "session_token must be a string"
  end
  return { access_key_id = c.access_key_id, secret_access_key = c.secret_access_key,
           session_token = c.session_token }
end

return M
