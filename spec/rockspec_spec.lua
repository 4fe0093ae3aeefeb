-- The rockspec installs what the tree holds: every Lua module and every C source of the core.
local lfs = require "lfs"

local function rockspec()
  local env = {}
  local chunk = assert(loadfile("rockspec/awsjobs-scm-1.rockspec", "t", env))
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

describe("rockspec", function()
  local spec = rockspec()
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
end)
