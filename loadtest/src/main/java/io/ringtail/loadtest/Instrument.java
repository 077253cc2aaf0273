package io.ringtail.loadtest;

import io.vertx.core.json.JsonObject;

/** A tradable symbol as GET /instruments describes it; prices are multiples of tick, quantities of lot. */
record Instrument(String symbol, long tickSize, long lotSize) {

    static Instrument fromJson(JsonObject json) {
        return new Instrument(json.getString("symbol"), json.getLong("tickSize", 1L), json.getLong("lotSize", 1L));
    }

    /**
     * The price orders are drawn around. The gateway publishes no reference price, so every run
     * centres on the same arbitrary 10 000 ticks, which keeps notional values far from overflow.
     */
    long midPrice() {
        return 10_000 * tickSize;
    }
}
