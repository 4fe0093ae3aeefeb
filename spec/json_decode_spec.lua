-- core.json_decode, the C reader for response bodies: integers stay integers, null members
-- are absent, bad input is nil plus a message (never a crash).
local core = require "awsjobs.core"
local cjson = require "cjson"

local decode = core.json_decode

describe("core.json_decode", function()
  it("keeps integers as integers, up to 64 bits, and floats as floats", function()
    local v = decode('{"a":1,"b":-42,"c":9223372036854775807,"d":1.5,"e":-3e2,"f":12345678901234567}')
    assert.are.equal("integer", math.type(v.a))
    assert.are.equal(-42, v.b)
    assert.are.equal(math.maxinteger, v.c)
    assert.are.equal("float", math.type(v.d))
    assert.are.equal(-300.0, v.e)
    assert.are.equal(12345678901234567, v.f)  -- past 2^53: lua-cjson would round this
    assert.are.equal("float", math.type(decode("92233720368547758070")))
  end)

  it("drops null members but keeps nulls in arrays as cjson.null", function()
    local v = decode('{"a":null,"b":[1,null,3],"c":{}}')
    assert.is_nil(v.a)
    assert.are.equal(3, #v.b)
    assert.are.equal(cjson.null, v.b[2])
    assert.are.equal(core.null, cjson.null)
    assert.are.same({}, v.c)
  end)

  it("decodes escapes and surrogate pairs to UTF-8", function()
    local v = decode('["a\\"b\\\\c\\/d\\b\\f\\n\\r\\t", "\\u00e9\\u4e2d\\ud83d\\ude00", "\\ud800x"]')
    assert.are.equal('a"b\\c/d\b\f\n\r\t', v[1])
    assert.are.equal("é中😀", v[2])
    assert.are.equal("\239\191\189x", v[3])  -- a lone surrogate becomes U+FFFD
  end)

  it("reads scalars, nesting and whitespace", function()
    assert.are.same({ true, false, "x", { k = { 1 } } }, decode(' [ true , false , "x" , {"k" : [1]} ] '))
    assert.are.equal(0, decode("0"))
  end)

  local bad = {
    { "", "unexpected end" }, { "[1,", "unexpected end" }, { "{\"a\" 1}", "expected ':'" },
    { "[1 2]", "expected ',' or ']'" }, { "{1:2}", "expected a member name" },
    { "\"abc", "unterminated string" }, { "\"a\\x\"", "bad escape" }, { "\"\\u12\"", "bad \\u escape" },
    { "tru", "unexpected token" }, { "[1] x", "trailing characters" }, { "-", "bad number" },
    { "\"a\nb\"", "control character" },
  }
  for _, case in ipairs(bad) do
    it("rejects " .. ("%q"):format(case[1]), function()
      local v, err = decode(case[1])
      assert.is_nil(v)
      assert.matches("^invalid JSON at byte %d+: " .. case[2]:gsub("%p", "%%%0"), err)
    end)
  end

  it("reads containers past the reader's batch of 32, in order, with the last duplicate winning", function()
    for _, n in ipairs { 31, 32, 33, 64, 65, 1000 } do
      local list, members, expected = {}, {}, {}
      for i = 1, n do
        list[i] = tostring(i * 3)
        members[i] = ('"k%d":%d'):format(i, i)
        expected["k" .. i] = i
      end
      local arr = decode("[" .. table.concat(list, ",") .. "]")
      assert.are.equal(n, #arr)
      for i = 1, n do assert.are.equal(i * 3, arr[i]) end
      assert.are.same(expected, decode("{" .. table.concat(members, ",") .. "}"))
      -- nulls dropped within and across batches
      local with_nulls = decode("{" .. table.concat(members, ',"z":null,') .. ',"k1":"again"}')
      expected.k1 = "again"
      assert.are.same(expected, with_nulls)
    end
    local nested = decode('{"a":[' .. string.rep('{"x":[1,2,3]},', 40) .. '{"x":[]}]}')
    assert.are.equal(41, #nested.a)
    assert.are.same({ 1, 2, 3 }, nested.a[40].x)
    assert.are.same({}, nested.a[41].x)
  end)

  it("refuses nesting deep enough to exhaust the C stack", function()
    local v, err = decode(string.rep("[", 100000) .. string.rep("]", 100000))
    assert.is_nil(v)
    assert.matches("nested too deeply", err)
    assert.is_table(decode(string.rep("[", 400) .. string.rep("]", 400)))
  end)
end)

describe("core.json_decode with a plan", function()
  it("drops members a structure's plan lacks, at every depth, and reads float strings", function()
    local plan = { keep = true, nested = { inner = true }, list = { ["[]"] = { id = true } },
                   map = { ["{}"] = { v = true } }, ratio = "f", ratios = { ["[]"] = "f" } }
    local v = decode('{"keep":1,"drop":2,"nested":{"inner":"x","extra":true},' ..
      '"list":[{"id":1,"junk":0},{"id":2}],"map":{"a":{"v":1,"w":2}},"ratio":"NaN",' ..
      '"ratios":["Infinity","-Infinity",1.5]}', plan)
    assert.are.same({ "keep", "list", "map", "nested", "ratio", "ratios" }, (function()
      local keys = {}
      for k in pairs(v) do keys[#keys + 1] = k end
      table.sort(keys)
      return keys
    end)())
    assert.are.same({ inner = "x" }, v.nested)
    assert.are.same({ { id = 1 }, { id = 2 } }, v.list)
    assert.are.same({ a = { v = 1 } }, v.map)
    assert.is_true(v.ratio ~= v.ratio)
    assert.are.same({ math.huge, -math.huge, 1.5 }, v.ratios)
  end)

  it("follows a recursive (cyclic) plan", function()
    local plan = { name = true }
    plan.children = { ["[]"] = plan }
    local v = decode('{"name":"a","x":1,"children":[{"name":"b","y":2,"children":[{"name":"c","z":3}]}]}', plan)
    assert.are.same({ name = "a", children = { { name = "b", children = { { name = "c" } } } } }, v)
  end)
end)
