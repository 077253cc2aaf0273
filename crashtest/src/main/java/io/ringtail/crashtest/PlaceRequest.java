package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;

/** One {@code POST /orders} body, kept so that it can be sent again, byte for byte, as a retry. */
record PlaceRequest(long accountId, String clientOrderId, String symbol, String side, long price, long quantity,
                    String timeInForce) {
    JsonObject toJson() {
        return new JsonObject().put("accountId", accountId).put("clientOrderId", clientOrderId).put("symbol", symbol)
            .put("side", side).put("price", price).put("quantity", quantity).put("timeInForce", timeInForce);
    }
}
