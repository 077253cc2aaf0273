package io.ringtail.loadtest;

import io.vertx.core.json.JsonObject;

/**
 * What a read at {@code minVersion} must show after an acknowledged command: the order exists, its
 * status is at least as far along as the reply said (a terminal status exactly), its fill is no
 * smaller, and any price or quantity the command set is there. A null field means "not checked".
 */
record ReadYourWritesCheck(long orderId, long minVersion, OrderStatus status, long minFilled,
                           Long price, Long quantity) {

    static ReadYourWritesCheck afterPlace(KnownOrder order, long version) {
        return new ReadYourWritesCheck(order.orderId(), version, order.status(), order.filledQuantity(),
                order.price(), order.quantity());
    }

    static ReadYourWritesCheck afterCancel(KnownOrder order, JsonObject reply, long version) {
        OrderStatus replied = OrderStatus.parse(reply.getString("status"));
        long filled = reply.getLong("filledQuantity", order.filledQuantity());
        return new ReadYourWritesCheck(order.orderId(), version,
                replied == null ? OrderStatus.CANCELLED : replied, filled, null, null);
    }

    static ReadYourWritesCheck afterAmend(KnownOrder order, JsonObject amend, long version) {
        return new ReadYourWritesCheck(order.orderId(), version, order.status(), order.filledQuantity(),
                amend.getLong("price"), amend.getLong("quantity"));
    }

    String uri() {
        return "/orders/" + orderId + "?minVersion=" + minVersion;
    }

    /** @return why the view does not reflect the write, or null when it does */
    String violation(Reply view) {
        if (view.status() == 404) {
            return "order " + orderId + " not found at minVersion " + minVersion;
        }
        if (view.headerVersion() != Reply.NO_VERSION && view.headerVersion() < minVersion) {
            return "order " + orderId + " served at version " + view.headerVersion() + " < minVersion " + minVersion;
        }
        JsonObject json = view.json();
        OrderStatus seen = OrderStatus.parse(json.getString("status"));
        if (seen == null || !status.canProgressTo(seen)) {
            return "order " + orderId + " is " + json.getString("status") + " after a reply saying " + status;
        }
        long filled = json.getLong("filledQuantity", -1L);
        if (filled < minFilled) {
            return "order " + orderId + " filled " + filled + " < " + minFilled + " already acknowledged";
        }
        if (price != null && !price.equals(json.getLong("price"))) {
            return "order " + orderId + " price " + json.getLong("price") + " != written " + price;
        }
        if (quantity != null && !quantity.equals(json.getLong("quantity"))) {
            return "order " + orderId + " quantity " + json.getLong("quantity") + " != written " + quantity;
        }
        return null;
    }
}
