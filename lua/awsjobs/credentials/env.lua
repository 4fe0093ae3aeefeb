-- credentials.env: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.
-- A profile named explicitly (option or AWS_PROFILE) wins over them, as in the AWS CLI.
local M = { name = "environment" }

function M.fetch(ctx)
  if ctx.named then return nil, "skipped: a profile was named" end
  local id, secret = ctx.getenv("AWS_ACCESS_KEY_ID"), ctx.getenv("AWS_SECRET_ACCESS_KEY")
  if not id or id == "" then return nil, "AWS_ACCESS_KEY_ID not set" end
  if not secret or secret == "" then return nil, "AWS_SECRET_ACCESS_KEY not set" end
  local token = ctx.getenv("AWS_SESSION_TOKEN")
  return { access_key_id = id, secret_access_key = secret,
           session_token = token ~= "" and token or nil }
end

return M
