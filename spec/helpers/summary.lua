-- A busted output handler: busted's plain terminal output, then the closing line CI reads,
-- "N passed, N failed, N skipped". Errors outside tests count as failures.
return function(options)
  local busted = require "busted"
  local handler = require "busted.outputHandlers.plainTerminal"(options)
  local subscribe = handler.subscribe

  handler.subscribe = function(self, opts)
    subscribe(self, opts)
    busted.subscribe({ "suite", "end" }, function()
      io.write(string.format("%d passed, %d failed, %d skipped\n", handler.successesCount,
        handler.failuresCount + handler.errorsCount, handler.pendingsCount))
      io.flush()
      return nil, true
    end)
  end
  return handler
end
