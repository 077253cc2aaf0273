package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;

/**
 * One {@code POST /orders} body, kept so that it can be sent again, byte for byte, as a retry.
 *
 * @param controls the order type fields beyond a plain limit order's ({@code type}, {@code postOnly},
 *                 {@code selfTradePrevention}, {@code budget}), or null; with a budget there is no price (0 here)
 */
record PlaceRequest(long accountId, String clientOrderId, String symbol, String side, long price, long quantity,
                    String timeInForce, JsonObject controls) {
    PlaceRequest(long accountId, String clientOrderId, String symbol, String side, long price, long quantity,
                 String timeInForce) {
        this(accountId, clientOrderId, symbol, side, price, quantity, timeInForce, null);
    }

    JsonObject toJson() {
        JsonObject body = new JsonObject().put("accountId", accountId).put("clientOrderId", clientOrderId)
            .put("symbol", symbol).put("side", side).put("price", price).put("quantity", quantity)
            .put("timeInForce", timeInForce);
        if (controls != null) {
            body.mergeIn(controls);
            if (controls.containsKey("budget")) {
                body.remove("price");
            }
        }
        return body;
    }
}
