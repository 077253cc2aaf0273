package io.ringtail.loadtest;

import io.vertx.core.json.JsonObject;

/**
 * What one connection believes about an order it placed, updated from the replies it sees. Other
 * clients' fills make this stale; the gateway's 422s on cancel/amend are how the client catches up.
 */
final class KnownOrder {
    private final long accountId;
    private final String clientOrderId;
    private final Instrument instrument;
    private final String side;
    private final String timeInForce;
    /** Issue #22 fields of the place body beyond the plain limit order's (type, postOnly, budget), or null. */
    private JsonObject controls;
    private long orderId;
    private long price;
    private long quantity;
    private long filledQuantity;
    private OrderStatus status = OrderStatus.NEW;
    private long version;

    KnownOrder(long accountId, String clientOrderId, Instrument instrument, String side,
               long price, long quantity, String timeInForce) {
        this.accountId = accountId;
        this.clientOrderId = clientOrderId;
        this.instrument = instrument;
        this.side = side;
        this.price = price;
        this.quantity = quantity;
        this.timeInForce = timeInForce;
    }

    JsonObject toPlaceBody() {
        JsonObject body = new JsonObject()
                .put("accountId", accountId)
                .put("clientOrderId", clientOrderId)
                .put("symbol", instrument.symbol())
                .put("side", side)
                .put("price", price)
                .put("quantity", quantity)
                .put("timeInForce", timeInForce);
        if (controls != null) {
            body.mergeIn(controls);
            if (controls.containsKey("budget")) {
                body.remove("price");
            }
        }
        return body;
    }

    /** Adds fields to the place body (a budget replaces the price, which is then 0 in the views). */
    KnownOrder withControls(JsonObject fields) {
        this.controls = fields;
        if (fields.containsKey("budget")) {
            price = 0;
        }
        return this;
    }

    /** Takes what a command reply or a view says; absent fields leave the belief unchanged. */
    void update(JsonObject reply) {
        if (reply.getValue("orderId") instanceof Number n) {
            orderId = n.longValue();
        }
        OrderStatus replied = OrderStatus.parse(reply.getString("status"));
        if (replied != null) {
            status = replied;
        }
        if (reply.getValue("filledQuantity") instanceof Number n) {
            filledQuantity = n.longValue();
        }
        if (reply.getValue("price") instanceof Number n) {
            price = n.longValue();
        }
        if (reply.getValue("quantity") instanceof Number n) {
            quantity = n.longValue();
        }
    }

    /** Remembers the version of the newest acknowledged command on this order (never goes back). */
    void acknowledged(long replyVersion) {
        if (replyVersion > version) {
            version = replyVersion;
        }
    }

    /** The version of the newest acknowledged command on this order; 0 before any. */
    long version() { return version; }
    long accountId() { return accountId; }
    String side() { return side; }
    Instrument instrument() { return instrument; }
    long orderId() { return orderId; }
    long price() { return price; }
    long quantity() { return quantity; }
    long filledQuantity() { return filledQuantity; }
    OrderStatus status() { return status; }
    boolean isOpen() { return !status.isTerminal(); }
}
