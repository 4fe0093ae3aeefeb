-- The JMESPath subset the waiter and paginator definitions use.
local jmespath = require "awsjobs.jmespath"

local DATA = {
  tasks = { { lastStatus = "RUNNING", n = 1 }, { lastStatus = "STOPPED", n = 2 } },
  failures = { { reason = "MISSING" } },
  services = {
    { deployments = { {} }, runningCount = 2, desiredCount = 2, status = "ACTIVE" },
    { deployments = { {}, {} }, runningCount = 1, desiredCount = 2, status = "DRAINING" },
  },
  nested = { { { 1, 2 }, { 3 } }, { { 4 } } },
  obj = { a = { v = 1 }, b = { v = 2 } },
  daemon = { status = "ACTIVE" },
}

local function search(expr) return jmespath.search(expr, DATA) end

describe("jmespath", function()
  it("follows fields, indexes and sub-expressions", function()
    assert.are.equal("ACTIVE", search("daemon.status"))
    assert.are.equal("RUNNING", search("tasks[0].lastStatus"))
    assert.are.equal("STOPPED", search("tasks[-1].lastStatus"))
    assert.is_nil(search("missing.field"))
    assert.is_nil(search("tasks.lastStatus"))  -- a field of a list is nothing
  end)

  it("projects lists, flattens, and projects object values", function()
    assert.are.same({ "RUNNING", "STOPPED" }, search("tasks[].lastStatus"))
    assert.are.same({ "RUNNING", "STOPPED" }, search("tasks[*].lastStatus"))
    assert.are.same({ { 1, 2 }, { 3 }, { 4 } }, search("nested[]"))
    local vs = search("obj.*.v")
    table.sort(vs)
    assert.are.same({ 1, 2 }, vs)
  end)

  it("filters with comparisons, && and !", function()
    assert.are.same({ 2 }, search("tasks[?lastStatus == 'STOPPED'].n"))
    assert.are.same({ "DRAINING" }, search("services[?!(length(deployments) == `1` && runningCount == desiredCount)].status"))
    assert.is_false(search("length(services[?!(length(deployments) == `1` && runningCount == desiredCount)]) == `0`"))
    assert.are.same({ 2 }, search("tasks[?n > `1`].n"))
  end)

  it("has length and contains", function()
    assert.are.equal(2, search("length(tasks)"))
    assert.is_true(search("contains(tasks[].lastStatus, `\"STOPPED\"`)"))
    assert.is_false(search("contains(failures[].reason, 'OTHER')"))
  end)

  it("raises on unknown functions and bad syntax, at compile time", function()
    assert.has_error(function() jmespath.compile("no_such_function(tasks)") end)
    assert.has_error(function() jmespath.compile("tasks[") end)
    assert.has_error(function() jmespath.compile("tasks[?n == ]") end)
  end)

  -- what --query needs, each checked against the values python's jmespath gives
  it("continues a projection through a chain of fields (a[].b.c)", function()
    local d = { t = { { c = { x = { y = 5 } } }, { c = { x = { y = 6 } } } } }
    assert.are.same({ 5, 6 }, jmespath.search("t[].c.x.y", d))
    assert.are.same({ 6 }, jmespath.search("t[?c.x.y > `5`].c.x.y", d))
    assert.are.same({ 5 }, jmespath.search("t[0:1].c.x.y", d))
    assert.are.same({ { 5 }, { 6 } }, jmespath.search("t[].c.*.y", d))
  end)

  it("has pipes, slices, multiselects and the common functions", function()
    assert.are.equal(2, search("tasks[?lastStatus == 'STOPPED'] | [0].n"))
    assert.are.same({ 2, 1 }, search("tasks[::-1].n"))
    assert.are.same({ { "RUNNING", 1 }, { "STOPPED", 2 } }, search("tasks[].[lastStatus, n]"))
    assert.are.same({ { s = "RUNNING" }, { s = "STOPPED" } }, search("tasks[].{s: lastStatus}"))
    assert.are.same({ 1, 2 }, search("sort_by(tasks, &n)[].n"))
    assert.are.equal("STOPPED", search("reverse(sort_by(tasks, &n))[0].lastStatus"))
    assert.are.equal(2, search("max_by(tasks, &n).n"))
    assert.are.equal("RUNNING,STOPPED", search("join(',', tasks[].lastStatus)"))
    assert.are.equal(3, search("tasks[].n | sum(@)"))
    assert.are.same({ "a", "b" }, search("keys(obj)"))
    assert.is_true(search("starts_with(daemon.status, 'ACT')"))
    assert.are.equal("ACTIVE", search("not_null(missing, daemon.status)"))
  end)

  it("keeps an empty result's kind, [] or {}", function()
    local out = search("tasks[?n > `5`]")
    assert.are.equal(jmespath.array_mt, getmetatable(out))
    assert.are.equal(jmespath.object_mt, getmetatable(search("{a: missing}")) )
  end)
end)
