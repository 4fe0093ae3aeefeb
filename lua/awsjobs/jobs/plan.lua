-- jobs/plan: "stop everything that matches" in two steps, so that a caller can show what
-- would happen (a dry run, a prompt) before anything does. A plan is a list of items, each
-- with the outcome it already has (already_stopped, skipped, not_found) or "pending";
-- carry_out stops the pending ones with bounded concurrency and gives each its outcome:
-- stopped, already_stopped, not_found or failed. Running the same plan again stops nothing
-- that is already stopped.
local concurrent = require "awsjobs.concurrent"
local errors = require "awsjobs.errors"

local M = {}

M.OUTCOMES = { "pending", "stopped", "already_stopped", "not_found", "skipped", "failed" }

-- new(action, classify, concurrency) -> plan | nil, err (a concurrency that is not a whole
-- number of at least 1)
-- action(item) -> response | nil, err: stops one item
-- classify(err) -> "already_stopped" | "not_found" | nil (nil: failed)
function M.new(action, classify, concurrency)
  concurrency = concurrency or 16
  if type(concurrency) ~= "number" or concurrency < 1 or concurrency % 1 ~= 0 then
    return nil, errors.new { kind = "validation",
      message = "concurrency: must be a whole number of at least 1, got " .. tostring(concurrency) }
  end
  return { items = {}, action = action, classify = classify, concurrency = concurrency }
end

-- add(plan, item): item = {id =, outcome =, ...anything the caller wants to keep}
function M.add(plan, item)
  plan.items[#plan.items + 1] = item
  return item
end

-- counts(plan) -> {outcome = n} for every outcome
function M.counts(plan)
  local counts = {}
  for _, o in ipairs(M.OUTCOMES) do counts[o] = 0 end
  for _, item in ipairs(plan.items) do counts[item.outcome] = counts[item.outcome] + 1 end
  return counts
end

-- carry_out(plan) -> plan, with every pending item's outcome set (and err where it failed)
function M.carry_out(plan)
  local pending = {}
  for _, item in ipairs(plan.items) do
    if item.outcome == "pending" then pending[#pending + 1] = item end
  end
  if #pending == 0 then return plan end
  local results, errs = concurrent.map(pending, plan.action, { concurrency = plan.concurrency })
  for i, item in ipairs(pending) do
    if results[i] then
      item.outcome, item.result = "stopped", results[i]
    else
      item.err = errs[i]
      item.outcome = (errs[i] and plan.classify(errs[i])) or "failed"
    end
  end
  return plan
end

return M
