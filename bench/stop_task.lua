-- The request every benchmark signs or sends: ECS StopTask, ~120-byte JSON body.
return {
  method = "POST",
  path = "/",
  headers = {
    ["Content-Type"] = "application/x-amz-json-1.1",
    ["X-Amz-Target"] = "AmazonEC2ContainerServiceV20141113.StopTask",
  },
  body = '{"cluster":"default","task":"arn:aws:ecs:us-east-1:123456789012:task/default/'
    .. '0123456789abcdef0123456789abcdef","reason":"done"}',
  region = "us-east-1",
  access_key_id = "AKIDEXAMPLE",
  secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
}
