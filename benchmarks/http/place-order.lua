-- wrk script: POST /orders with a unique clientOrderId per request (per wrk thread), IOC orders far from
-- the other side so each is accepted and ends at once, leaving the book and the open-order count flat.
-- wrk.format sends only the headers it is given, so the API key (from RINGTAIL_KEY) goes in here.
local headers = {["Content-Type"] = "application/json"}
local key = os.getenv("RINGTAIL_KEY")
if key and key ~= "" then
  headers["Authorization"] = "Bearer " .. key
end

local counter = 0
local thread_tag = 0

function setup(thread)
  thread_tag = thread_tag + 1
  thread:set("tag", thread_tag)
end

function init(args)
  tag = tag or 0
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"accountId":%d,"clientOrderId":"w%d-%d","symbol":"ACME","side":"BUY","price":100,"quantity":1,"timeInForce":"IOC"}',
    1 + (counter % 100), tag, counter)
  return wrk.format("POST", "/orders", headers, body)
end
