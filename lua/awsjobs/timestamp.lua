-- timestamp: AWS timestamps as Lua numbers (unix seconds, maybe fractional), and the
-- three wire forms: ISO 8601, RFC 822 (HTTP date) and epoch seconds.
local compat = require "awsjobs.compat"

local M = {}

local floor, format, idiv = math.floor, string.format, compat.idiv
local DAYS = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" }
local MONTHS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }
local MONTH_NUMBER = {}
for i, m in ipairs(MONTHS) do MONTH_NUMBER[m] = i end

-- Days since 1970-01-01 of a proleptic Gregorian date; no time zone is involved.
local function days_from_civil(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = idiv(y >= 0 and y or y - 399, 400)
  local yoe = y - era * 400
  local doy = idiv(153 * (m + (m > 2 and -3 or 9)) + 2, 5) + d - 1
  return era * 146097 + yoe * 365 + idiv(yoe, 4) - idiv(yoe, 100) + doy - 719468
end

local function civil_from_days(z)
  z = z + 719468
  local era = idiv(z >= 0 and z or z - 146096, 146097)
  local doe = z - era * 146097
  local yoe = idiv(doe - idiv(doe, 1460) + idiv(doe, 36524) - idiv(doe, 146096), 365)
  local doy = doe - (365 * yoe + idiv(yoe, 4) - idiv(yoe, 100))
  local mp = idiv(5 * doy + 2, 153)
  local d = doy - idiv(153 * mp + 2, 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
end

local function parts(t)
  local secs = floor(t)
  local days = idiv(secs, 86400)
  local rem = secs - days * 86400
  local y, m, d = civil_from_days(days)
  return y, m, d, idiv(rem, 3600), idiv(rem % 3600, 60), rem % 60, t - secs, days
end

-- Milliseconds as ".123", or "" for whole seconds.
local function fraction(frac)
  if frac == 0 then return "" end
  local ms = format("%.3f", frac):sub(2)
  ms = ms:gsub("0+$", "")
  return ms == "." and "" or ms
end

function M.iso8601(t)
  local y, m, d, hh, mm, ss, frac = parts(t)
  return format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", y, m, d, hh, mm, ss, fraction(frac))
end

function M.rfc822(t)
  local y, m, d, hh, mm, ss, _, days = parts(t)
  return format("%s, %02d %s %04d %02d:%02d:%02d GMT", DAYS[(days + 4) % 7 + 1], d, MONTHS[m], y, hh, mm, ss)
end

-- Epoch seconds as a string: whole numbers plain, fractions to the millisecond.
function M.epoch_string(t)
  if t == floor(t) then return format("%d", floor(t)) end
  return (format("%.3f", t):gsub("0+$", ""))
end

-- Formats t for a wire format name ("iso8601", "rfc822", "unixTimestamp").
function M.format(t, fmt)
  if fmt == "iso8601" then return M.iso8601(t) end
  if fmt == "rfc822" then return M.rfc822(t) end
  return M.epoch_string(t)
end

-- Parses any of the wire forms (or a number) into unix seconds; nil if it is none.
function M.parse(v)
  if type(v) == "number" then return v end
  if type(v) ~= "string" then return nil end
  local n = tonumber(v)
  if n and v:match("^%s*[%d.eE+-]+%s*$") then return n end
  local y, mo, d, h, mi, s, frac, zone =
    v:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)[Tt ](%d%d):(%d%d):(%d%d)(%.?%d*)(.*)$")
  if y then
    local t = days_from_civil(tonumber(y), tonumber(mo), tonumber(d)) * 86400 +
      tonumber(h) * 3600 + tonumber(mi) * 60 + tonumber(s)
    if frac ~= "" and frac ~= "." then t = t + tonumber("0" .. frac) end
    if zone == "Z" or zone == "z" or zone == "" then return t end
    local sign, zh, zm = zone:match("^([+-])(%d%d):?(%d%d)$")
    if not sign then return nil end
    local offset = tonumber(zh) * 3600 + tonumber(zm) * 60
    return sign == "+" and t - offset or t + offset
  end
  local dd, mon, yy, hh, mm, ss = v:match("^%a+, (%d+) (%a+) (%d%d%d%d) (%d%d):(%d%d):(%d%d) GMT$")
  if dd and MONTH_NUMBER[mon] then
    return days_from_civil(tonumber(yy), MONTH_NUMBER[mon], tonumber(dd)) * 86400 +
      tonumber(hh) * 3600 + tonumber(mm) * 60 + tonumber(ss)
  end
  return nil
end

return M
