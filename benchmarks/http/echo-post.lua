-- wrk script: the same body shape as place-order.lua, against the bare echo server.
-- wrk.format sends only the headers it is given, so the API key (from RINGTAIL_KEY) goes in here.
local headers = {["Content-Type"] = "application/json"}
local key = os.getenv("RINGTAIL_KEY")
if key and key ~= "" then
  headers["Authorization"] = "Bearer " .. key
end

local counter = 0
request = function()
  counter = counter + 1
  local body = string.format(
    '{"accountId":%d,"clientOrderId":"w1-%d","symbol":"ACME","side":"BUY","price":100,"quantity":1,"timeInForce":"IOC"}',
    1 + (counter % 100), counter)
  return wrk.format("POST", "/orders", headers, body)
end
