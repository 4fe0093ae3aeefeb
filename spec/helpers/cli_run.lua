-- bin/awsjobs as a subprocess for the specs: a clean environment (no shared files, no
-- instance metadata), each word quoted, stdin from a file or /dev/null, bounded by `timeout`.
local cjson = require "cjson"

local M = {}

M.BASE_ENV = "env -i PATH=/usr/bin:/bin HOME=/tmp AWS_DEFAULT_REGION=us-east-1 AWS_CONFIG_FILE=/dev/null " ..
  "AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true "

function M.quote(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

-- run(words, env, opts) -> stdout, stderr, exit code. opts.stdin: a path; opts.timeout: seconds (20)
function M.run(words, env, opts)
  opts = opts or {}
  local errfile = os.tmpname()
  local parts = {}
  for i, w in ipairs(words) do parts[i] = M.quote(w) end
  local p = assert(io.popen(("%s %s timeout %d bin/awsjobs %s <%s 2>%s; echo \"rc=$?\""):format(M.BASE_ENV,
    env or "", opts.timeout or 20, table.concat(parts, " "), opts.stdin or "/dev/null", errfile), "r"))
  local out = p:read("a")
  p:close()
  local f = io.open(errfile)
  local err = f:read("a")
  f:close()
  os.remove(errfile)
  local body, rc = out:match("^(.-)rc=(%d+)\n$")
  return body, err, tonumber(rc)
end

-- json_of(stdout, stderr) -> the decoded document (an assertion that says what came instead)
function M.json_of(text, err)
  local ok, v = pcall(cjson.decode, text)
  assert(ok, "no JSON on stdout: " .. tostring(text) .. " / stderr: " .. tostring(err))
  return v
end

return M
