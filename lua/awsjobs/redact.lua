-- redact: the one scrubber every error passes before a caller sees it. It removes the
-- secret keys and session tokens of the credentials in use (remembered here as they are
-- loaded), the exact signature of a request, and anything shaped like an Authorization
-- value, a Signature= / X-Amz-Signature= field or an X-Amz-Security-Token= field.
-- The remembered secrets live in this file's upvalues, out of reach of a table dump.
local M = {}

local MARK = "[redacted]"
local MAX_SECRETS = 32  -- credentials rotate; the oldest are forgotten first

local secrets, order = {}, {}  -- set of remembered secrets, and their insertion order

-- remember(secret): from now on, the string is cut out of every error. Short strings
-- are ignored: they would redact ordinary words.
function M.remember(secret)
  if type(secret) ~= "string" or #secret < 8 or secrets[secret] then return end
  secrets[secret] = true
  order[#order + 1] = secret
  if #order > MAX_SECRETS then secrets[table.remove(order, 1)] = nil end
end

local function cut(s, secret)
  local i, j = s:find(secret, 1, true)
  if not i then return s end
  local parts, from = {}, 1
  while i do
    parts[#parts + 1] = s:sub(from, i - 1)
    parts[#parts + 1] = MARK
    from = j + 1
    i, j = s:find(secret, from, true)
  end
  parts[#parts + 1] = s:sub(from)
  return table.concat(parts)
end

local function long_run(run)
  if #run >= 32 then return MARK end
end

-- string(s, extra) -> s without secrets; extra: one more exact secret (a signature).
function M.string(s, extra)
  if type(extra) == "string" and #extra >= 8 then s = cut(s, extra) end
  for i = #order, 1, -1 do s = cut(s, order[i]) end
  s = s:gsub("([Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn][\"']?%s*[:=]%s*[\"']?)[^\r\n\"']*",
    "%1" .. MARK)
  s = s:gsub("AWS4%-HMAC%-SHA256 Credential=[^\r\n\"']*", "AWS4-HMAC-SHA256 " .. MARK)
  s = s:gsub("([Ss]ignature=)%x+", "%1" .. MARK)
  s = s:gsub("([Xx]%-[Aa]mz%-[Ss]ecurity%-[Tt]oken=)[^&%s\"']+", "%1" .. MARK)
  return s
end

-- unknown(s) -> string(s), and any run of 32 or more base64 characters: the shape of keys,
-- tokens and signatures, for text from a program that may print secrets we never saw
-- (credential_process's stderr). Too blunt for service messages, which quote long ARNs.
function M.unknown(s)
  return (M.string(s):gsub("[%w/+=]+", long_run))
end

-- value(v, extra) -> v with every string in it redacted; tables are changed in place,
-- nested ones too (each visited once).
local function walk(v, extra, seen)
  local t = type(v)
  if t == "string" then return M.string(v, extra) end
  if t ~= "table" or seen[v] then return v end
  seen[v] = true
  local changes = {}
  for k, item in pairs(v) do
    local clean = walk(item, extra, seen)
    if clean ~= item then changes[k] = clean end
  end
  for k, clean in pairs(changes) do v[k] = clean end
  return v
end

function M.value(v, extra)
  return walk(v, extra, {})
end

-- The Signature= value of an Authorization header, for redacting one attempt's signature.
function M.signature_of(headers)
  if type(headers) ~= "table" then return nil end
  local auth = headers.Authorization or headers.authorization
  return type(auth) == "string" and auth:match("Signature=(%x+)") or nil
end

return M
