-- wrk script: POST /orders with a unique clientOrderId per request (per wrk thread), IOC orders far from
-- the other side so each is accepted and ends at once, leaving the book and the open-order count flat.
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
  return wrk.format("POST", "/orders", {["Content-Type"] = "application/json"}, body)
end
