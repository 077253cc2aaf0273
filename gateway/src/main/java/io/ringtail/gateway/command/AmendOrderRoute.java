package io.ringtail.gateway.command;

import io.ringtail.gateway.auth.Access;
import io.ringtail.gateway.auth.Principal;
import io.ringtail.gateway.http.ApiError;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.JsonBody;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.gateway.reply.CommandResponder;
import io.ringtail.gateway.reply.PendingCommand;
import io.ringtail.trading.OrderReplyCodec;
import io.ringtail.trading.OrderStatus;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.agrona.DirectBuffer;

import java.util.Set;

/**
 * {@code PATCH /orders/{orderId} {"accountId"?, "price"?, "quantity"?}} → 200
 * {@code {"orderId", "status", "filledQuantity", "version"}}. Zero means "unchanged" in the command layout,
 * so a zero here is refused (422, as on a place) rather than silently ignored. Ownership is checked by the
 * writer, as for a cancel ({@link CancelOrderRoute}): an amend never reads or waits for a view.
 */
final class AmendOrderRoute implements Handler<RoutingContext>, CommandResponder {
    private static final Set<String> FIELDS = Set.of("accountId", "price", "quantity");

    private final CommandBridge bridge;
    private final TradingRequests.AmendOrder request = new TradingRequests.AmendOrder();

    AmendOrderRoute(CommandBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long received = System.nanoTime();
        Principal principal = Access.requireTrader(ctx);
        long orderId = JsonBody.parameterLong(ctx.pathParam("orderId"), "orderId", 1);
        JsonObject body = JsonBody.read(ctx, FIELDS);
        long named = JsonBody.optionalLong(body, "accountId", 1, 0);
        long price = changed(body, "price", ErrorCode.INVALID_PRICE);
        long quantity = changed(body, "quantity", ErrorCode.INVALID_QUANTITY);
        if (price == 0 && quantity == 0) {
            throw new ApiError(ErrorCode.MISSING_FIELD, "field 'price' or 'quantity' is required");
        }
        request.set(named, orderId, price, quantity, OrderAccess.requester(principal, named));
        bridge.publish(ctx, request, this, null, received);
    }

    /**
     * A new price or quantity, 0 when absent. A zero sent is refused as the domain refuses it on a place, with
     * the same code and status (422), since here it would read as "unchanged"; a negative one is malformed (400).
     */
    private static long changed(JsonObject body, String field, ErrorCode zero) {
        long value = JsonBody.optionalLong(body, field, 0, 0);
        if (value == 0 && body.containsKey(field)) {
            throw new ApiError(zero, "field '" + field + "' must be positive");
        }
        return value;
    }

    @Override
    public void accepted(RoutingContext ctx, PendingCommand pending, long version, DirectBuffer reply) {
        JsonResponse.send(ctx, 200, new JsonObject()
            .put("orderId", OrderReplyCodec.orderId(reply))
            .put("status", OrderStatus.name(OrderReplyCodec.status(reply)))
            .put("filledQuantity", OrderReplyCodec.filledQuantity(reply))
            .put("version", version));
    }
}
