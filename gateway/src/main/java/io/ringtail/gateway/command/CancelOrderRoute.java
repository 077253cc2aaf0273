package io.ringtail.gateway.command;

import io.ringtail.gateway.auth.Access;
import io.ringtail.gateway.auth.Principal;
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

/**
 * {@code DELETE /orders/{orderId}[?accountId=]} → 200 {@code {"orderId", "status", "version"}}. The command
 * carries the account named (if any) and who sends it ({@link OrderAccess}); the writer checks both against
 * the order, so a cancel never reads or waits for a view. Another account's order is 404 UNKNOWN_ORDER, as a
 * missing one.
 */
final class CancelOrderRoute implements Handler<RoutingContext>, CommandResponder {
    private final CommandBridge bridge;
    private final TradingRequests.CancelOrder request = new TradingRequests.CancelOrder();

    CancelOrderRoute(CommandBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long received = System.nanoTime();
        Principal principal = Access.requireTrader(ctx);
        long orderId = JsonBody.parameterLong(ctx.pathParam("orderId"), "orderId", 1);
        String accountText = ctx.request().getParam("accountId");
        long named = accountText == null ? 0 : JsonBody.parameterLong(accountText, "accountId", 1);
        bridge.publish(ctx, request.set(named, orderId, OrderAccess.requester(principal, named)), this, null, received);
    }

    @Override
    public void accepted(RoutingContext ctx, PendingCommand pending, long version, DirectBuffer reply) {
        JsonResponse.send(ctx, 200, new JsonObject()
            .put("orderId", OrderReplyCodec.orderId(reply))
            .put("status", OrderStatus.name(OrderReplyCodec.status(reply)))
            .put("version", version));
    }
}
