-- cli/stop_plan: the flow `stop-all`, `terminate-all` and `cancel-all` share. The plan goes
-- to stderr, one line per item; then a dry run ends, and otherwise the command asks (or,
-- with stdin not a terminal, insists on --yes), carries the plan out and prints one document
-- with the items by outcome. Exit 0 only when none failed.
local context = require "awsjobs.cli.context"
local exit = require "awsjobs.cli.exit"
local jobs = require "awsjobs.jobs"

local M = {}

local LABELS = { pending = "to stop", stopped = "stopped", already_stopped = "already stopped",
  not_found = "not found", skipped = "left alone", failed = "failed" }
-- the document's keys, in the member style of AWS responses
local KEYS = { pending = "pending", stopped = "stopped", already_stopped = "alreadyStopped",
  not_found = "notFound", skipped = "skipped", failed = "failed" }

local function document(p)
  local doc = {}
  for _, key in pairs(KEYS) do doc[key] = {} end
  for _, item in ipairs(p.items) do
    local list = doc[KEYS[item.outcome]]
    if item.outcome == "skipped" then
      list[#list + 1] = { id = item.id, reason = item.why }
    elseif item.outcome == "failed" then
      local _, line = exit.of(item.err)
      list[#list + 1] = { id = item.id, error = line }
    else
      list[#list + 1] = item.id
    end
  end
  return doc
end

-- run(ctx, plan, o) -> exit code
-- o: noun ("task"), dry_run, yes, note(item) -> extra text for the plan line (optional)
function M.run(ctx, p, o)
  for _, item in ipairs(p.items) do
    local extra = item.why or (o.note and o.note(item))
    ctx.errout(("%-16s %s%s\n"):format(LABELS[item.outcome], item.id, extra and ("  (" .. extra .. ")") or ""))
  end
  local pending = jobs.counts(p).pending
  if o.dry_run or pending == 0 then
    if pending == 0 and not o.dry_run then ctx.errout(("awsjobs: no %s to stop\n"):format(o.noun)) end
    return ctx.print(document(p))
  end
  local what = ("%d %s%s"):format(pending, o.noun, pending == 1 and "" or "s")
  if not o.yes then
    if not ctx.stdin_tty then
      return ctx.fail(context.usage(("about to stop %s, but stdin is not a terminal to ask: pass --yes"):format(what)))
    end
    if not ctx.confirm(("Stop %s?"):format(what)) then
      ctx.errout("awsjobs: not confirmed; nothing was stopped\n")
      return exit.INTERRUPTED
    end
  end
  jobs.carry_out(p)
  local code = exit.OK
  for _, item in ipairs(p.items) do
    if item.outcome == "failed" then
      local c, line = exit.of(item.err)
      ctx.errout(("awsjobs: %s %s: %s\n"):format(o.noun, item.id, line))
      if code == exit.OK then code = c end
    end
  end
  local printed = ctx.print(document(p))
  if printed ~= exit.OK then return printed end
  return code
end

return M
