-- The generated reference (docs/<service>.md), help data (lua/awsjobs/docs/<service>.lua) and
-- editor types (types/awsjobs/*.d.lua): current, complete against the runtime models, parseable,
-- type names that resolve, and three operations' pages against the seed pages' parameter lists.
local cjson = require "cjson"

local SERVICES = { "ecs", "batch", "iot", "sagemaker", "logs" }

local function read(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("a")
  f:close()
  return text
end

local function lower_camel(name)
  return name:sub(1, 1):lower() .. name:sub(2)
end

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t or {}) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end

-- The runtime model, loaded fresh (the client caches and annotates the required copy).
local function model(svc)
  return assert(loadfile("lua/awsjobs/models/" .. svc .. ".lua"))()
end

local function extra_waiters()
  return assert(loadfile("lua/awsjobs/waiters_extra.lua"))()
end

-- Every structure an operation uses (input, output, errors, and what they hold).
local function structures(m)
  local seen, out = {}, {}
  local function walk(name)
    if seen[name] then return end
    seen[name] = true
    local s = m.shapes[name]
    if s.type == "structure" then out[#out + 1] = name end
    for _, k in ipairs { "member", "key", "value" } do
      if s[k] then walk(s[k].shape) end
    end
    for _, mem in pairs(s.members or {}) do walk(mem.shape) end
  end
  for _, op in pairs(m.operations) do
    if op.input then walk(op.input) end
    if op.output then walk(op.output) end
    for _, e in ipairs(op.errors or {}) do walk(e) end
  end
  table.sort(out)
  return out
end

-- docs/<svc>.md -> {Operation = section text}
local function sections(md)
  local out, name, start = {}, nil, nil
  local pos = 1
  while true do
    local s, e, found = md:find("\n## (%S+)\n", pos)
    if name then out[name] = md:sub(start, (s or #md + 1) - 1) end
    if not s then break end
    name, start, pos = found, e + 1, e
  end
  return out
end

-- The top-level member lines ("- **name**: ...") of a section's block after heading.
local function block_members(section, heading)
  local s = section:find("\n%*%*" .. heading .. "%*%*")
  if not s then return {} end
  local rest = section:sub(s + 1)
  local e = rest:find("\n%*%*[A-Z]", 3)
  if e then rest = rest:sub(1, e) end
  local members = {}
  for line in rest:gmatch("[^\n]+") do
    local name, tail = line:match("^%- %*%*([%w_]+)%*%*: (.*)$")
    if name then members[#members + 1] = { name = name, required = tail:find("**required**", 1, true) ~= nil } end
  end
  return members
end

local function by_name(list)
  local out = {}
  for _, m in ipairs(list) do out[m.name] = m end
  return out
end

-- types file -> classes {name = {fields = {f = {type =, optional =}}, parent =}}, aliases,
-- methods {"svc:method" = {params = {...}, returns = {...}}}, and every type expression used.
local function parse_types(text)
  local classes, aliases, methods, uses, generics = {}, {}, {}, {}, {}
  local current, pending = nil, { params = {}, returns = {} }
  for line in text:gmatch("[^\n]*") do
    local cname, parent = line:match("^%-%-%-@class ([%w_.]+):? ?([%w_.]*)")
    if cname then
      current = { fields = {}, parent = parent ~= "" and parent or nil }
      classes[cname] = current
      if current.parent then uses[#uses + 1] = current.parent end
    end
    local fname, opt, ftype = line:match("^%-%-%-@field ([%w_]+)(%??) (.+)$")
    if fname and current then
      current.fields[fname] = { optional = opt == "?", type = ftype }
      uses[#uses + 1] = ftype
    end
    local aname, atype = line:match("^%-%-%-@alias ([%w_.]+) (.+)$")
    if aname then
      aliases[aname] = atype
      uses[#uses + 1] = atype
    end
    local g = line:match("^%-%-%-@generic ([%w_]+)")
    if g then generics[g] = true end
    local pname, popt, ptype = line:match("^%-%-%-@param ([%w_]+)(%??) (.+)$")
    if pname then
      pending.params[#pending.params + 1] = { name = pname, optional = popt == "?", type = ptype }
      uses[#uses + 1] = ptype
    end
    local rtype = line:match("^%-%-%-@return (.+)$")
    if rtype then
      pending.returns[#pending.returns + 1] = rtype
      uses[#uses + 1] = rtype
    end
    local ttype = line:match("^%-%-%-@type (.+)$")
    if ttype then uses[#uses + 1] = ttype end
    local fn = line:match("^function ([%w_.:]+)%(")
    if fn then
      methods[fn] = pending
      pending = { params = {}, returns = {} }
    elseif line == "" then
      pending = { params = {}, returns = {} }  -- annotations belong to the next function only
    end
  end
  return { classes = classes, aliases = aliases, methods = methods, uses = uses, generics = generics }
end

-- The type expression at the start of an annotation's text (the rest is a name or a
-- description): brackets balanced, and a type that ends in ':' or ',' goes on (fun returns).
local function leading_type(text)
  local depth, i, n = 0, 1, #text
  while i <= n do
    local c = text:sub(i, i)
    if c == "(" or c == "<" or c == "[" or c == "{" then
      depth = depth + 1
    elseif c == ")" or c == ">" or c == "]" or c == "}" then
      depth = depth - 1
    elseif c == '"' then
      local close = text:find('"', i + 1, true)
      i = close or n
    elseif c:match("%s") and depth == 0 then
      local before = text:sub(1, i - 1)
      if not before:match("[:,]$") then return before end
    end
    i = i + 1
  end
  return text
end

local BUILTIN = { ["nil"] = true, any = true, boolean = true, string = true, number = true, integer = true,
  table = true, ["function"] = true, thread = true, userdata = true, fun = true, ["false"] = true,
  ["true"] = true, self = true }

-- The type names an expression refers to (parameter names of fun(...) and literals left out).
local function type_names(expr)
  local bare = expr:gsub('"[^"]*"', "")
  bare = bare:gsub("([%a_][%w_]*)%??%s*:%s*", function(_) return " " end)  -- fun(name: type)
  local names = {}
  for name in bare:gmatch("[%a_][%w_.]*") do names[#names + 1] = name end
  return names
end

local types_text, types, base = {}, {}, nil
setup(function()
  for _, svc in ipairs(SERVICES) do
    types_text[svc] = read("types/awsjobs/" .. svc .. ".d.lua")
    types[svc] = parse_types(types_text[svc])
  end
  base = parse_types(read("types/awsjobs/init.d.lua"))
end)

describe("generated reference and types", function()
  it("are current (python3 tools/gen_docs.py --check)", function()
    local ok, how, code = os.execute("python3 tools/gen_docs.py --check >/dev/null")
    assert.is_true(ok == true or ok == 0, ("gen_docs.py --check failed (%s %s)"):format(tostring(how), tostring(code)))
  end)

  it("parse as Lua (luac5.4 -p, loadfile)", function()
    local files = { "types/awsjobs/init.d.lua" }
    for _, svc in ipairs(SERVICES) do
      files[#files + 1] = "types/awsjobs/" .. svc .. ".d.lua"
      files[#files + 1] = "lua/awsjobs/docs/" .. svc .. ".lua"
    end
    for _, f in ipairs(files) do
      local ok = os.execute("luac5.4 -p " .. f)
      assert.is_true(ok == true or ok == 0, "luac5.4 -p " .. f)
      assert.is_function((loadfile(f)), f)
    end
  end)

  it("say in their first lines that they are generated, and how", function()
    for _, svc in ipairs(SERVICES) do
      local help = read("lua/awsjobs/docs/" .. svc .. ".lua")
      assert.truthy(help:match("^%-%- Generated [^\n]*python3 tools/gen_docs%.py\n"), svc .. " help")
      assert.truthy(read("docs/" .. svc .. ".md"):match("^<!%-%- Generated [^\n]*python3 tools/gen_docs%.py"), svc .. ".md")
      assert.truthy(types_text[svc]:match("^%-%-%-@meta\n%-%- Generated [^\n]*python3 tools/gen_docs%.py"), svc .. ".d.lua")
    end
  end)

  for _, svc in ipairs(SERVICES) do
    describe(svc, function()
      local m = model(svc)
      local extra = extra_waiters()[svc] or {}

      it("docs/" .. svc .. ".md has a section per operation: call, members, errors, paginator, waiters", function()
        local secs = sections(read("docs/" .. svc .. ".md"))
        local index = read("docs/README.md")
        for _, op_name in ipairs(sorted_keys(m.operations)) do
          local op = m.operations[op_name]
          local sec = secs[op_name]
          assert.is_string(sec, op_name .. " has no section")
          assert.truthy(index:find("(" .. svc .. ".md#" .. op_name:lower() .. ")", 1, true), op_name .. " not in docs/README.md")
          assert.truthy(sec:find("local out, err = " .. svc .. ":" .. lower_camel(op_name) .. "{", 1, true), op_name .. " call")
          local input = op.input and m.shapes[op.input]
          local got = by_name(block_members(sec, "Request"))
          local required = {}
          for _, r in ipairs(input and input.required or {}) do required[r] = true end
          local want = 0
          for name in pairs(input and input.members or {}) do
            want = want + 1
            assert.is_table(got[name], op_name .. " request member " .. name)
            assert.are.equal(required[name] == true, got[name].required, op_name .. "." .. name .. " required flag")
          end
          assert.are.equal(want, #block_members(sec, "Request"), op_name .. ": members not in the model")
          local output = op.output and m.shapes[op.output]
          local resp = by_name(block_members(sec, "Response"))
          for name in pairs(output and output.members or {}) do
            assert.is_table(resp[name], op_name .. " response member " .. name)
          end
          for _, e in ipairs(op.errors or {}) do
            assert.truthy(sec:match("%*%*Errors%*%*[^\n]*`" .. e .. "`"), op_name .. " error " .. e)
          end
          local has_paginator = (m.paginators or {})[op_name] ~= nil
          assert.are.equal(has_paginator, sec:find("**Paginator**", 1, true) ~= nil, op_name .. " paginator")
          for _, waiters in ipairs { m.waiters or {}, extra } do
            for w, def in pairs(waiters) do
              if def.operation == op_name then
                assert.truthy(sec:find(':waitUntil("' .. w .. '"', 1, true), op_name .. " waiter " .. w)
              end
            end
          end
        end
      end)

      it("types/awsjobs/" .. svc .. ".d.lua: a class per structure with every member, a method per operation", function()
        local t = types[svc]
        local prefix = "awsjobs." .. svc .. "."
        for _, name in ipairs(structures(m)) do
          local s = m.shapes[name]
          local class = t.classes[prefix .. name]
          assert.is_table(class, "class " .. prefix .. name)
          local required = {}
          for _, r in ipairs(s.required or {}) do required[r] = true end
          for member, mdef in pairs(s.members or {}) do
            local field = class.fields[member]
            assert.is_table(field, name .. "." .. member)
            assert.are.equal(not (required[member] and not s.union), field.optional, name .. "." .. member .. " optional")
            local ms = m.shapes[mdef.shape]
            if ms.type == "string" and ms.enum then
              local alias = leading_type(field.type)
              local values = {}
              for v in (t.aliases[alias] or ""):gmatch('"([^"]*)"') do values[#values + 1] = v end
              local want = {}
              for i, v in ipairs(ms.enum) do want[i] = v end
              assert.are.same(want, values, name .. "." .. member .. " enum alias " .. alias)
            end
          end
        end
        for _, op_name in ipairs(sorted_keys(m.operations)) do
          local op = m.operations[op_name]
          local meth = t.methods[svc .. ":" .. lower_camel(op_name)]
          assert.is_table(meth, "method " .. lower_camel(op_name))
          if op.input then
            assert.are.equal(prefix .. op.input, meth.params[1] and meth.params[1].type, op_name .. " @param")
          end
          local result = op.output and (prefix .. op.output .. "?") or "table?"
          assert.are.equal(result, leading_type(meth.returns[1] or ""), op_name .. " @return result")
          assert.are.equal("awsjobs.Error?", leading_type(meth.returns[2] or ""), op_name .. " @return err")
        end
      end)

      it("lua/awsjobs/docs/" .. svc .. ".lua holds help for every operation and structure member", function()
        local help = assert(loadfile("lua/awsjobs/docs/" .. svc .. ".lua"))()
        for _, op_name in ipairs(sorted_keys(m.operations)) do
          local text = help.operations[op_name]
          assert.is_string(text, op_name)
          assert.truthy(text:find(svc .. ":" .. lower_camel(op_name) .. "{", 1, true), op_name .. " call")
        end
        for _, name in ipairs(structures(m)) do
          local entry = help.shapes[name]
          assert.is_table(entry, "shape " .. name)
          assert.is_string(entry.doc)
          for member in pairs(m.shapes[name].members or {}) do
            assert.is_string(entry.members[member], name .. "." .. member)
          end
        end
      end)
    end)
  end

  it("refer only to types they define (what lua-language-server would report as undefined)", function()
    local known = {}
    for _, parsed in pairs(types) do
      for k in pairs(parsed.classes) do known[k] = true end
      for k in pairs(parsed.aliases) do known[k] = true end
    end
    for k in pairs(base.classes) do known[k] = true end
    for k in pairs(base.aliases) do known[k] = true end
    local function check(parsed, file)
      for _, expr in ipairs(parsed.uses) do
        for _, name in ipairs(type_names(leading_type(expr))) do
          assert.is_true(BUILTIN[name] or known[name] or parsed.generics[name] or false,
            file .. ": undefined type " .. name .. " in " .. expr)
        end
      end
    end
    check(base, "init.d.lua")
    for svc, parsed in pairs(types) do check(parsed, svc .. ".d.lua") end
  end)
end)

describe("types/awsjobs/init.d.lua", function()
  it("covers the public API: constructors, sign, presign, map, jobs.*, the client methods", function()
    local awsjobs = require "awsjobs"
    for name, v in pairs(awsjobs) do
      if type(v) == "function" then
        assert.is_table(base.methods["awsjobs." .. name], "awsjobs." .. name)
      end
    end
    for name, v in pairs(awsjobs.jobs) do
      if type(v) == "function" then assert.is_table(base.methods["jobs." .. name], "jobs." .. name) end
    end
    for _, name in ipairs { "call", "prepare", "waitUntil", "pages", "all", "close" } do
      assert.is_table(base.methods["Client:" .. name], "Client:" .. name)
    end
    for _, svc in ipairs(SERVICES) do
      local ret = base.methods["awsjobs." .. svc].returns[1]
      assert.are.equal("awsjobs." .. svc .. ".Client?", leading_type(ret))
      assert.are.equal("awsjobs.Client", types[svc].classes["awsjobs." .. svc .. ".Client"].parent)
    end
  end)

  it("declares the error's fields and every client option client.lua accepts", function()
    local err = base.classes["awsjobs.Error"]
    for _, f in ipairs { "kind", "code", "message", "status", "request_id", "retryable", "attempts", "operation" } do
      assert.is_table(err.fields[f], "awsjobs.Error." .. f)
    end
    local src = read("lua/awsjobs/client.lua")
    local options = assert(src:match("\nlocal OPTIONS = (%b{})"), "OPTIONS table in client.lua")
    local opts = base.classes["awsjobs.ClientOptions"]
    local n = 0
    for key in options:gmatch("([%w_]+) = \"") do
      n = n + 1
      assert.is_table(opts.fields[key], "awsjobs.ClientOptions." .. key)
      assert.is_true(opts.fields[key].optional, key)
    end
    assert.is_true(n >= 11, "options found in client.lua: " .. n)
  end)
end)

describe("the runtime", function()
  it("loads none of the documentation when a client is made", function()
    local awsjobs = require "awsjobs"
    local ecs = assert(awsjobs.ecs { region = "us-east-1", credentials = { access_key_id = "AKID", secret_access_key = "s" } })
    assert.is_table(ecs)
    for name in pairs(package.loaded) do
      assert.is_nil(name:match("^awsjobs%.docs"), name .. " was loaded")
    end
    local p = io.popen("grep -rlE 'awsjobs[./]docs' lua/awsjobs --include=*.lua | grep -vE '^lua/awsjobs/(docs|cli)/'")
    local users = p:read("a")
    p:close()
    assert.are.equal("", users, "runtime modules that require the help data")
  end)
end)

describe("seed pages (spec/fixtures/seeds_params.json, tools/vendor_seeds.py)", function()
  local fixture = cjson.decode(read("spec/fixtures/seeds_params.json"))
  for _, key in ipairs { "ecs-StopTask", "ecs-RunTask", "iot-CancelJobExecution" } do
    it(key .. ": the page has the seed's parameters, the same required ones", function()
      local seed = assert(fixture.operations[key], key .. " in the fixture")
      local svc, op_name = key:match("^(%w+)%-(%w+)$")
      local sec = assert(sections(read("docs/" .. svc .. ".md"))[op_name], op_name .. " section")
      local page = block_members(sec, "Request")
      local on_page = by_name(page)
      local seed_required, page_required = {}, {}
      for _, p in ipairs(seed.parameters) do
        assert.is_table(on_page[p.name], key .. ": seed parameter " .. p.name .. " missing from the page")
        assert.are.equal(p.required, on_page[p.name].required, key .. ": required flag of " .. p.name)
        if p.required then seed_required[#seed_required + 1] = p.name end
      end
      local in_seed = by_name(seed.parameters)
      for _, p in ipairs(page) do
        if p.required then page_required[#page_required + 1] = p.name end
        -- the model is newer than the seed: it may add members, never required ones
        if not in_seed[p.name] then assert.is_false(p.required, key .. ": new required " .. p.name) end
      end
      table.sort(seed_required)
      table.sort(page_required)
      assert.are.same(seed_required, page_required)
      assert.is_true(#seed.parameters >= 3)
    end)
  end
end)
