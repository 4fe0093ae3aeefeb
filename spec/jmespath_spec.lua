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

  it("raises on expressions outside the subset, at compile time", function()
    assert.has_error(function() jmespath.compile("sort_by(tasks, &n)") end)
    assert.has_error(function() jmespath.compile("tasks[") end)
  end)
end)
