-- uuid: random (version 4) UUIDs from OpenSSL's CSPRNG, for idempotency tokens.
local core = require "awsjobs.core"

local byte, format = string.byte, string.format

return {
  v4 = function()
    local b = { byte(core.random_bytes(16), 1, 16) }
    b[7] = b[7] % 16 + 0x40   -- version 4 (arithmetic, not bit operators: LuaJIT has none)
    b[9] = b[9] % 64 + 0x80   -- RFC 4122 variant
    return format("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
      b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16])
  end,
}
