-- emulator_fixtures: things a local AWS emulator (moto) must hold before the job services
-- can use them, but that belong to services awsjobs has no client for: an IAM role for Batch,
-- an EC2 instance for an ECS container instance. They are made with plain query-protocol
-- calls signed by awsjobs.sign and sent over awsjobs' own transport. Used by `make demo`
-- and the integration specs; not part of the library.
local awsjobs = require "awsjobs"
local core = require "awsjobs.core"
local query = require "awsjobs.protocol.query"

local M = {}

M.CREDENTIALS = { access_key_id = "AKIDMOTO", secret_access_key = "moto-secret" }
M.REGION = "us-east-1"

-- call(url, service, action, version, params) -> response XML text; raises on failure
-- (fixtures only).
function M.call(url, service, action, version, params)
  local req = { method = "POST", url = url .. "/", body = query.body(action, version, params),
    headers = { ["Content-Type"] = query.CONTENT_TYPE } }
  local headers = assert(awsjobs.sign(req, { region = M.REGION, service = service, credentials = M.CREDENTIALS }))
  local status, _, body = core.http { timeout = 30 }:request("POST", req.url, headers, req.body)
  assert(status == 200, ("%s %s failed: %s %s"):format(service, action, tostring(status), tostring(body)))
  return body
end

function M.create_role(url, name)
  local xml = M.call(url, "iam", "CreateRole", "2010-05-08", { RoleName = name, AssumeRolePolicyDocument = "{}" })
  return (assert(xml:match("<Arn>(.-)</Arn>"), "no role ARN in " .. xml))
end

function M.run_instance(url)
  local xml = M.call(url, "ec2", "RunInstances", "2016-11-15",
    { ImageId = "ami-12c6146b", MinCount = 1, MaxCount = 1, InstanceType = "t2.micro" })
  return (assert(xml:match("<instanceId>(.-)</instanceId>"), "no instance id in " .. xml))
end

-- An instance identity document as the ECS agent sends it.
function M.identity_document(instance_id)
  return require("cjson").encode { instanceId = instance_id, region = M.REGION,
    accountId = "123456789012", instanceType = "t2.micro", imageId = "ami-12c6146b" }
end

return M
