-- uuid: random (version 4) UUIDs from OpenSSL's CSPRNG, for idempotency tokens and the
-- SDKs' invocation id (one per call: locals, not a table, keep it off the heap).
local core = require "awsjobs.core"

local byte, format = string.byte, string.format

return {
  v4 = function()
    local b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16 =
      byte(core.random_bytes(16), 1, 16)
    b7 = b7 % 16 + 0x40   -- version 4 (arithmetic, not bit operators: LuaJIT has none)
    b9 = b9 % 64 + 0x80   -- RFC 4122 variant
    return format("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
      b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16)
  end,
}
