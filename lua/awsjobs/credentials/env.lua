-- credentials.env: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and the session token from
-- AWS_SECURITY_TOKEN (its legacy name, which botocore reads first) or AWS_SESSION_TOKEN.
-- As in botocore, these keys beat a profile chosen by AWS_PROFILE; only a profile named
-- with the client's profile option (ctx.named) skips them.
local M = { name = "environment" }

function M.fetch(ctx)
  if ctx.named then return nil, "skipped: the profile option names a profile" end
  local id, secret = ctx.getenv("AWS_ACCESS_KEY_ID"), ctx.getenv("AWS_SECRET_ACCESS_KEY")
  if not id or id == "" then return nil, "AWS_ACCESS_KEY_ID not set" end
  if not secret or secret == "" then return nil, "AWS_SECRET_ACCESS_KEY not set" end
  local token = ctx.getenv("AWS_SECURITY_TOKEN")
  if token == nil then token = ctx.getenv("AWS_SESSION_TOKEN") end
  return { access_key_id = id, secret_access_key = secret,
           session_token = token ~= "" and token or nil }
end

return M
