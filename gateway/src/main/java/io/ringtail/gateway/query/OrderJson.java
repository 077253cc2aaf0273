package io.ringtail.gateway.query;

import io.ringtail.trading.Instrument;
import io.ringtail.trading.OrderStatus;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.view.OrderSnapshot;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** An order as the API shows it; {@code version} is the sequence of the last event that changed it. */
final class OrderJson {
    private OrderJson() {
    }

    static JsonObject of(OrderSnapshot order, List<Instrument> instruments) {
        return new JsonObject()
            .put("orderId", order.orderId())
            .put("accountId", order.accountId())
            .put("clientOrderId", order.clientOrderId())
            .put("symbol", instruments.get(order.symbol()).symbol())
            .put("side", Side.name(order.side()))
            .put("price", order.price())
            .put("quantity", order.quantity())
            .put("filledQuantity", order.filledQuantity())
            .put("status", OrderStatus.name(order.status()))
            .put("timeInForce", TimeInForce.name(order.timeInForce()))
            .put("createdTimestamp", order.createdTimestamp())
            .put("updatedTimestamp", order.updatedTimestamp())
            .put("version", order.version());
    }
}
