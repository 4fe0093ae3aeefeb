-- endpoints: where a service's requests go. An explicit endpoint, then
-- AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL, else https://<prefix>.<region>.amazonaws.com
-- (.amazonaws.com.cn in China regions).
local M = {}

-- "https://host:port/base" -> {scheme =, authority =, base_path =} | nil, message
function M.parse(url)
  if type(url) ~= "string" then return nil, "must be a string URL" end
  local scheme, authority, path = url:match("^(%a[%w+.-]*)://([^/?#]+)([^?#]*)$")
  if not scheme then return nil, "must look like https://host[:port][/path] (no query or fragment)" end
  scheme = scheme:lower()
  if scheme ~= "http" and scheme ~= "https" then return nil, "must use http or https" end
  if authority:find("[@%s\\]") then return nil, "must not contain user info or spaces" end
  return { scheme = scheme, authority = authority, base_path = (path:gsub("/+$", "")) }
end

-- The env variable's service part: the model's serviceId upper-cased, spaces as '_'.
local function env_name(service_id)
  return "AWS_ENDPOINT_URL_" .. service_id:upper():gsub("[ -]", "_")
end
M.env_name = env_name

-- resolve(metadata, region, explicit) -> endpoint {scheme, authority, base_path} | nil, err message
function M.resolve(metadata, region, explicit, getenv)
  getenv = getenv or os.getenv
  local url = explicit or getenv(env_name(metadata.serviceId)) or getenv("AWS_ENDPOINT_URL")
  local source = explicit and "endpoint" or url and "environment endpoint" or nil
  if not url then
    local suffix = region:match("^cn%-") and "amazonaws.com.cn" or "amazonaws.com"
    url = "https://" .. metadata.endpointPrefix .. "." .. region .. "." .. suffix
    source = "default endpoint"
  end
  local ep, msg = M.parse(url)
  if not ep then return nil, source .. " " .. msg end
  return ep
end

-- url_for(endpoint, request) -> the request's full URL (host prefix, base path, query).
function M.url_for(ep, req)
  local path = req.path or "/"
  if ep.base_path ~= "" then path = ep.base_path .. path end
  local url = ep.scheme .. "://" .. (req.host_prefix or "") .. ep.authority .. path
  if req.query then url = url .. "?" .. req.query end
  return url
end

return M
