-- wrk script: the same body shape as place-order.lua, against the bare echo server.
local counter = 0
request = function()
  counter = counter + 1
  local body = string.format(
    '{"accountId":%d,"clientOrderId":"w1-%d","symbol":"ACME","side":"BUY","price":100,"quantity":1,"timeInForce":"IOC"}',
    1 + (counter % 100), counter)
  return wrk.format("POST", "/orders", {["Content-Type"] = "application/json"}, body)
end
