-- endpoint_rules.library: the standard functions of the rules language for substrings, URLs,
-- host labels and ARNs (substring, uriEncode, isValidHostLabel, parseURL, aws.parseArn,
-- aws.isVirtualHostableS3Bucket), with botocore's semantics. The engine loads this file the
-- first time a rule set calls one of them; the rule sets awsjobs ships call none today.
local find, sub, byte, format, lower = string.find, string.sub, string.byte, string.format, string.lower
local concat, tonumber, type, error = table.concat, tonumber, type, error

-- A rule set failure, as the engine raises it (see engine.lua).
local function fail(message) error({ rule_error = message }, 0) end

local function split(s, sep)
  local out, n, pos = {}, 0, 1
  while true do
    local at = find(s, sep, pos, true)
    n = n + 1
    if not at then
      out[n] = sub(s, pos)
      return out
    end
    out[n] = sub(s, pos, at - 1)
    pos = at + 1
  end
end

local F = {}

local function is_ascii(s) return not find(s, "[\128-\255]") end

-- True when s is one RFC 1123 host label: 1 to 63 letters, digits or '-', not at either end.
local function host_label(s)
  local n = #s
  return n >= 1 and n <= 63 and not find(s, "[^%w%-]") and byte(s, 1) ~= 45 and byte(s, n) ~= 45
end

local function ipv4(host)
  return find(host, "^%d%d?%d?%.%d%d?%d?%.%d%d?%d?%.%d%d?%d?$") ~= nil
end

-- "[...]" holding an IPv6 address (RFC 4291 text form, optional %zone), as botocore accepts.
local function ipv6(bracketed)
  local s = bracketed:match("^%[(.*)%]$")
  if not s then return false end
  local zone = find(s, "%", 1, true)
  if zone then
    local z = sub(s, zone + 1)
    if sub(z, 1, 2) == "25" then z = sub(z, 3) end
    if z == "" or find(z, "[^%w%._!~%-%%]") then return false end
    s = sub(s, 1, zone - 1)
  end
  local head, v4 = s:match("^(.*:)(%d+%.%d+%.%d+%.%d+)$")
  if head then
    if not ipv4(v4) then return false end
    s = head .. "0:0"  -- a trailing IPv4 address stands for two groups
  end
  local groups = 0
  local function count(part)  -- "a:b:c" adds its groups; false when one is not 1 to 4 hex digits
    if part == "" then return true end
    local pos = 1
    while true do
      local colon = find(part, ":", pos, true) or #part + 1
      if not find(sub(part, pos, colon - 1), "^%x%x?%x?%x?$") then return false end
      groups = groups + 1
      if colon > #part then return true end
      pos = colon + 1
    end
  end
  local elided = find(s, "::", 1, true)
  if elided then
    if find(s, "::", elided + 1, true) then return false end
    return count(sub(s, 1, elided - 1)) and count(sub(s, elided + 2)) and groups <= 7
  end
  return count(s) and groups == 8
end

-- RFC 3986 remove_dot_segments, also dropping empty segments (botocore's normalize_url_path).
local function normalize_path(path)
  if path == "" then return "/" end
  local out, n, pos = {}, 0, 1
  while pos <= #path + 1 do
    local slash = find(path, "/", pos, true) or #path + 1
    local seg = sub(path, pos, slash - 1)
    if seg == ".." then
      if n > 0 then out[n], n = nil, n - 1 end
    elseif seg ~= "" and seg ~= "." then
      n = n + 1
      out[n] = seg
    end
    pos = slash + 1
  end
  local first = byte(path, 1) == 47 and "/" or ""
  local last = (byte(path, #path) == 47 and n > 0) and "/" or ""
  return first .. concat(out, "/") .. last
end

-- Percent-encodes every byte but the unreserved ones (and those in keep, a pattern class).
local function percent_encode(s, keep)
  return (s:gsub("[^%w%-%._~" .. keep .. "]", function(c) return format("%%%02X", byte(c)) end))
end

-- substring(s, start, stop, reverse): [start, stop) of an ASCII string, counted from the end
-- when reverse; nil when out of range.
F.substring = function(s, start, stop, reverse)
  if type(s) ~= "string" then fail("Input must be a string, not " .. type(s) .. ".") end
  if start >= stop or #s < stop or not is_ascii(s) then return nil end
  if reverse == true then return sub(s, #s - stop + 1, #s - start) end
  return sub(s, start + 1, stop)
end

F.uriEncode = function(s)
  if s == nil then return nil end
  return percent_encode(s, "")
end

F.isValidHostLabel = function(s, allow_subdomains)
  if s == nil then return false end
  if allow_subdomains == true then
    local labels = split(s, ".")
    for i = 1, #labels do
      if not host_label(labels[i]) then return false end
    end
    return true
  end
  return host_label(s)
end

-- parseURL(url) -> {scheme, authority, path, normalizedPath, isIp} | nil (not http(s), a
-- query, or a bad port).
F.parseURL = function(url)
  if url == nil then return nil end
  local scheme, rest = url:match("^(%a[%w+%-.]*):(.*)$")
  if not scheme then return nil end
  scheme = lower(scheme)
  if scheme ~= "http" and scheme ~= "https" then return nil end
  local authority = ""
  if sub(rest, 1, 2) == "//" then
    local stop = find(rest, "[/?#]", 3) or #rest + 1
    authority, rest = sub(rest, 3, stop - 1), sub(rest, stop)
  end
  local path = rest:match("^[^?#]*")
  local query = rest:match("^[^?#]*%?([^#]*)")
  if query and query ~= "" then return nil end
  local host, port = (authority:gsub("^.*@", "")), ""
  if sub(host, 1, 1) == "[" then
    local close = find(host, "]", 1, true)
    if not close then return nil end
    host, port = sub(host, 1, close), host:match("^[^:]*(:?.*)$", close + 1)
  else
    local colon = find(host, ":", 1, true)
    if colon then host, port = sub(host, 1, colon - 1), sub(host, colon) end
  end
  if port ~= "" then  -- as Python's urlparse: a port must be digits up to 65535
    local digits = port:match("^:(%d*)$")
    if not digits or (digits ~= "" and tonumber(digits) > 65535) then return nil end
  end
  local normalized = percent_encode(normalize_path(path), "/")
  if sub(normalized, -1) ~= "/" then normalized = normalized .. "/" end
  return { scheme = scheme, authority = authority, path = path, normalizedPath = normalized,
           isIp = ipv4(host) or ipv6(lower(host)) }
end

F["aws.parseArn"] = function(v)
  if type(v) ~= "string" or sub(v, 1, 4) ~= "arn:" then return nil end
  local p, s, r, a, resource = v:match("^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$")
  if not p or p == "" or s == "" or resource == "" then return nil end
  return { partition = p, service = s, region = r, accountId = a,
           resourceId = split((resource:gsub(":", "/")), "/") }
end

F["aws.isVirtualHostableS3Bucket"] = function(v, allow_subdomains)
  if v == nil or #v < 3 or lower(v) ~= v or ipv4(v) then
    return false
  end
  return F.isValidHostLabel(v, allow_subdomains)
end

return F
