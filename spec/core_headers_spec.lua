-- core.parse_headers (csrc/lheaders.c): a raw status line and header block as a server sent
-- it, to {lower-cased name = value}. Edge cases one by one, then the C parser against a
-- small Lua model of the same rules on generated blocks. The over-read of "a:" (a line
-- shorter than "HTTP/") is seen by `make asan` and `make valgrind`, which run this file.
local core = require "awsjobs.core"

-- The rules, in Lua: lines split at LF; a line starting "HTTP/" is a status line; a line
-- with a colon is a header: the name before the first colon lower-cased, the value with
-- spaces and tabs trimmed (and a CR at its end); repeated names join with ", " in order.
local function model(raw)
  local out, order = {}, {}
  for line in (raw .. "\n"):gmatch("([^\n]*)\n") do
    local colon = line:find(":", 1, true)
    if colon and line:sub(1, 5) ~= "HTTP/" then
      local name = line:sub(1, colon - 1):gsub("%u", string.lower)
      local value = line:sub(colon + 1):gsub("^[ \t]+", ""):gsub("[\r \t]+$", "")
      if out[name] then
        order[name][#order[name] + 1] = value
      else
        out[name], order[name] = true, { value }
      end
    end
  end
  for name, values in pairs(order) do out[name] = table.concat(values, ", ") end
  return out
end

describe("core.parse_headers", function()
  local cases = {
    { "a:", { a = "" } },
    { ":", { [""] = "" } },
    { "", {} },
    { "\n", {} },
    { "a", {} },
    { "HTTP", {} },
    { "HTTP:", { http = "" } },
    { "HTTP/", {} },
    { "a:1\n", { a = "1" } },
    { "a: 1\r\n", { a = "1" } },
    { "a:\r", { a = "" } },
    { "a: \t x y \t\r\n", { a = "x y" } },
    { "HTTP/1.1 200 OK\r\nX-A: 1\r\n\r\n", { ["x-a"] = "1" } },
    { "HTTP/1.1 200 OK: yes\r\n", {} },
    { "Content-Type: text/plain\r\nX-Amz-Request-Id: abc\r\n",
      { ["content-type"] = "text/plain", ["x-amz-request-id"] = "abc" } },
    { "Location: http://h:80/p\r\n", { location = "http://h:80/p" } },
    { "X-A: 1\r\nx-a: 2\r\nX-a: 3\r\n", { ["x-a"] = "1, 2, 3" } },
    { "X-A: 1\r\nX-B: b\r\nX-A: 2\r\n", { ["x-a"] = "1, 2", ["x-b"] = "b" } },
    { "a:\na:\n", { a = ", " } },
    { "a\0b: c\0d\r\n", { ["a\0b"] = "c\0d" } },
  }
  for _, c in ipairs(cases) do
    it(("parses %q"):format(c[1]), function()
      assert.are.same(c[2], core.parse_headers(c[1]))
      assert.are.same(c[2], model(c[1]))
    end)
  end

  it("lower-cases a name longer than its stack buffer", function()
    local name = ("AbC"):rep(100)
    assert.are.same({ [name:lower()] = "v" }, core.parse_headers(name .. ": v\r\n"))
  end)

  it("joins 5000 repeats of one name in order", function()
    local lines, want = {}, {}
    for i = 1, 5000 do
      lines[i] = "X-Many: " .. i
      want[i] = tostring(i)
    end
    local out = core.parse_headers("HTTP/1.1 200 OK\r\n" .. table.concat(lines, "\r\n") .. "\r\n\r\n")
    assert.are.equal(table.concat(want, ", "), out["x-many"])
  end)

  it("raises on a non-string (a programming mistake)", function()
    assert.has_error(function() core.parse_headers({}) end)
  end)

  it("agrees with the model on 3000 generated blocks", function()
    -- a fixed linear congruential generator: the same blocks on every run
    local seed = 12345
    local function rand(n)
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n + 1
    end
    local pieces = { "a", "B", "x-Amz", ":", ": ", " ", "\t", "\r", "\n", "\r\n", "HTTP/", "HTTP/1.1 200 OK",
                     "v", "1", ",", "\0", "Content-Length" }
    for _ = 1, 3000 do
      local parts = {}
      for j = 1, rand(12) - 1 do parts[j] = pieces[rand(#pieces)] end
      local raw = table.concat(parts)
      assert.are.same(model(raw), core.parse_headers(raw), ("%q"):format(raw))
    end
  end)
end)
