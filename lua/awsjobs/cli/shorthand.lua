-- cli/shorthand: the AWS CLI's shorthand syntax for structures and maps on the command
-- line: key=value,key2=value2, with lists as key=[a,b] (or key=a,b,c) and nested structures
-- as key={k=v}. Values come back as strings; args.convert types them by the shape.
local M = {}

-- A parser over one string; every function returns value, next position or nil, message.
local function parse(s)
  local pos = 1
  local function err(msg) error({ msg = msg .. " at position " .. pos .. " in: " .. s }, 0) end
  local function peek() return s:sub(pos, pos) end
  local function skip_ws() pos = s:find("[^ \t]", pos) or #s + 1 end

  local value, pairs_until

  local function quoted(q)
    pos = pos + 1
    local out = {}
    while pos <= #s do
      local c = peek()
      if c == "\\" then
        out[#out + 1] = s:sub(pos + 1, pos + 1)
        pos = pos + 2
      elseif c == q then
        pos = pos + 1
        return table.concat(out)
      else
        out[#out + 1] = c
        pos = pos + 1
      end
    end
    err("unterminated quote")
  end

  local function bare(stops)
    local start = pos
    while pos <= #s and not stops:find(peek(), 1, true) do pos = pos + 1 end
    return (s:sub(start, pos - 1):gsub("^%s+", ""):gsub("%s+$", ""))
  end

  local function list()
    pos = pos + 1  -- [
    local out = {}
    skip_ws()
    if peek() == "]" then pos = pos + 1 return out end
    while true do
      skip_ws()
      out[#out + 1] = value(",]")
      skip_ws()
      local c = peek()
      pos = pos + 1
      if c == "]" then return out end
      if c ~= "," then err("expected ',' or ']'") end
    end
  end

  function value(stops)
    skip_ws()
    local c = peek()
    if c == "[" then return list() end
    if c == "{" then
      pos = pos + 1
      local t = pairs_until("}")
      pos = pos + 1
      return t
    end
    if c == '"' or c == "'" then return quoted(c) end
    return bare(stops)
  end

  -- key=value pairs up to the closing character (or the end when close is "")
  function pairs_until(close)
    local out = {}
    local stops = "," .. close
    while true do
      skip_ws()
      if pos > #s or (close ~= "" and peek() == close) then return out end
      local key = s:match("^([^=,%[%]{}]+)=", pos)
      if not key then err("expected key=value") end
      pos = pos + #key + 1
      key = key:gsub("^%s+", ""):gsub("%s+$", "")
      local v = value(stops)
      -- key=a,b,c: words without '=' after a bare value continue it as a list
      if peek() == "," and type(v) ~= "table" then
        local nxt = s:match("^,([^,=" .. close .. "]*)", pos)
        local after = nxt and s:sub(pos + 1 + #nxt, pos + 1 + #nxt)
        if nxt ~= nil and after ~= "=" then v = { v } end
      end
      if type(v) == "table" and v[1] ~= nil and peek() == "," then
        while true do
          local nxt = s:match("^,([^,=" .. close .. "]*)", pos)
          local after = nxt and s:sub(pos + 1 + #nxt, pos + 1 + #nxt)
          if nxt == nil or after == "=" then break end
          pos = pos + 1
          v[#v + 1] = value(stops)
        end
      end
      out[key] = v
      skip_ws()
      if peek() == "," then
        pos = pos + 1
      elseif pos > #s or peek() == close then
        return out
      else
        err("expected ','")
      end
    end
  end

  local result = pairs_until("")
  if pos <= #s then err("unexpected text") end
  return result
end

-- parse(text) -> table | nil, message
function M.parse(text)
  local ok, v = pcall(parse, text)
  if ok then return v end
  if type(v) == "table" then return nil, "Expected: '=', key=value shorthand: " .. v.msg end
  error(v, 0)
end

return M
