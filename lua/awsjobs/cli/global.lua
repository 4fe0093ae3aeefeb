-- cli/global: the AWS CLI's global options, taken out of the command line wherever they
-- appear; what is left are the positional words and the command's own options, in order.
local M = {}

-- option -> {key in the parsed table, kind}; "value" takes the next word, "flag" none
M.OPTIONS = {
  ["--region"] = { "region", "value" },
  ["--profile"] = { "profile", "value" },
  ["--endpoint-url"] = { "endpoint_url", "value" },
  ["--output"] = { "output", "value" },
  ["--query"] = { "query", "value" },
  ["--no-paginate"] = { "no_paginate", "flag" },
  ["--debug"] = { "debug", "flag" },
  ["--cli-read-timeout"] = { "read_timeout", "number" },
  ["--cli-connect-timeout"] = { "connect_timeout", "number" },
  -- accepted for scripts written for the AWS CLI; they change nothing here
  ["--no-cli-pager"] = { "no_cli_pager", "flag" },
  ["--color"] = { "color", "value" },
}

M.OUTPUTS = { json = true, text = true }

-- parse(argv) -> global, rest | nil, message. rest: the other words, in order.
function M.parse(argv)
  local g, rest = {}, {}
  local i = 1
  while i <= #argv do
    local a = argv[i]
    local o = M.OPTIONS[a]
    if o then
      local key, kind = o[1], o[2]
      if kind == "flag" then
        g[key] = true
      else
        local v = argv[i + 1]
        if v == nil then return nil, ("argument %s: expected one argument"):format(a) end
        if kind == "number" then
          local n = tonumber(v)
          if not n or n < 0 then return nil, ("argument %s: invalid value: '%s'"):format(a, v) end
          v = n
        end
        g[key] = v
        i = i + 1
      end
    else
      rest[#rest + 1] = a
    end
    i = i + 1
  end
  g.output = g.output or os.getenv("AWS_DEFAULT_OUTPUT") or "json"
  if not M.OUTPUTS[g.output] then
    return nil, ("argument --output: invalid choice: '%s' (choose from 'json', 'text')"):format(g.output)
  end
  if g.query then
    local ok, e = pcall(require("awsjobs.jmespath").compile, g.query)
    if not ok then return nil, ("Bad value for --query %s: %s"):format(g.query, (tostring(e):gsub("^.-:%d+: ", ""))) end
  end
  return g, rest
end

return M
