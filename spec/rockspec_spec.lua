-- Both rockspecs (scm-1 and the versioned one) install what the tree holds: every Lua module
-- and every C source of the core, the same in both, for Lua 5.1 (LuaJIT) to 5.4, with the
-- awsjobs command and the docs and types. tools/update_rockspec.py rewrites the lists.
local lfs = require "lfs"

local ROCKSPECS = { "rockspec/awsjobs-scm-1.rockspec", "rockspec/awsjobs-0.2.0-1.rockspec" }

local function rockspec(path)
  local env = {}
  local chunk = assert(loadfile(path, "t", env))
  chunk()
  return env
end

local function walk(dir, out)
  for name in lfs.dir(dir) do
    if name:sub(1, 1) ~= "." then
      local path = dir .. "/" .. name
      if lfs.attributes(path, "mode") == "directory" then walk(path, out) else out[#out + 1] = path end
    end
  end
  return out
end

for _, rock in ipairs(ROCKSPECS) do
describe(rock, function()
  local spec = rockspec(rock)
  local modules = spec.build.modules

  it("lists every Lua module under lua/ with its file", function()
    local files = walk("lua", {})
    local want = {}
    for _, path in ipairs(files) do
      if path:match("%.lua$") then
        local name = path:gsub("^lua/", ""):gsub("%.lua$", ""):gsub("/init$", ""):gsub("/", ".")
        want[name] = path
      end
    end
    local got = {}
    for name, src in pairs(modules) do
      if type(src) == "string" then got[name] = src end
    end
    assert.are.same(want, got)
  end)

  it("builds the core from every C source in csrc/", function()
    local want = {}
    for _, path in ipairs(walk("csrc", {})) do
      if path:match("%.c$") then want[#want + 1] = path end
    end
    table.sort(want)
    local got = {}
    for _, s in ipairs(modules["awsjobs.core"].sources) do got[#got + 1] = s end
    table.sort(got)
    assert.are.same(want, got)
  end)

  it("declares the native dependencies", function()
    assert.is_table(spec.external_dependencies.OPENSSL)
    assert.is_table(spec.external_dependencies.CURL)
    assert.are.equal("builtin", spec.build.type)
  end)

  it("takes Lua 5.1 (LuaJIT) up to 5.4", function()
    assert.are.same({ "lua >= 5.1, < 5.5", "lua-cjson" }, spec.dependencies)
  end)

  it("installs the awsjobs command, and docs and types beside the rock", function()
    assert.are.same({ awsjobs = "bin/awsjobs" }, spec.build.install.bin)
    assert.are.same({ "docs", "types" }, spec.build.copy_directories)
  end)

  it("has the version of its file name, and the one of init.lua for a release", function()
    local v = rock:match("awsjobs%-(.+)%.rockspec$")
    assert.are.equal(v, spec.version)
    local release = v:match("^(%d+%.%d+%.%d+)%-%d+$")
    if release then
      local init = assert(io.open("lua/awsjobs/init.lua")):read("a")
      assert.are.equal(release, init:match('_VERSION = "awsjobs ([%d.]+)"'))
    end
  end)

  it("passes luarocks lint", function()
    local ok = os.execute("luarocks lint " .. rock .. " >/dev/null 2>&1")
    assert.is_true(ok == true or ok == 0)
  end)
end)
end

describe("the two rockspecs", function()
  it("differ only in version and source", function()
    local a, b = rockspec(ROCKSPECS[1]), rockspec(ROCKSPECS[2])
    for _, key in ipairs { "package", "description", "dependencies", "external_dependencies", "build" } do
      assert.are.same(a[key], b[key], key)
    end
  end)
end)
