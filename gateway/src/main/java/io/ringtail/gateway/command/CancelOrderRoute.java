package io.ringtail.gateway.command;

import io.ringtail.gateway.auth.Access;
import io.ringtail.gateway.auth.Principal;
import io.ringtail.gateway.http.JsonBody;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.gateway.query.OrderOwners;
import io.ringtail.gateway.reply.CommandResponder;
import io.ringtail.gateway.reply.PendingCommand;
import io.ringtail.trading.OrderReplyCodec;
import io.ringtail.trading.OrderStatus;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.agrona.DirectBuffer;

/**
 * {@code DELETE /orders/{orderId}[?accountId=]} → 200 {@code {"orderId", "status", "version"}}. The account
 * is the order's owner, found through {@link OrderOwners}; a trader's cancel of an order that is not its
 * accounts' is 404, as for a missing one, and never reaches the ring. An admin naming the account goes
 * straight to the domain, which checks the order is that account's.
 */
final class CancelOrderRoute implements Handler<RoutingContext>, CommandResponder {
    private final CommandBridge bridge;
    private final OrderOwners owners;
    private final TradingRequests.CancelOrder request = new TradingRequests.CancelOrder();

    CancelOrderRoute(CommandBridge bridge, OrderOwners owners) {
        this.bridge = bridge;
        this.owners = owners;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long received = System.nanoTime();
        Principal principal = Access.requireTrader(ctx);
        long orderId = JsonBody.parameterLong(ctx.pathParam("orderId"), "orderId", 1);
        String accountText = ctx.request().getParam("accountId");
        long named = accountText == null ? 0 : JsonBody.parameterLong(accountText, "accountId", 1);
        if (principal.isAdmin() && named != 0) {
            bridge.publish(ctx, request.set(named, orderId), this, null, received);
            return;
        }
        owners.ownerOf(ctx, orderId, (c, owner) -> {
            OrderAccess.requireOwnOrder(principal, orderId, owner, named);
            bridge.publish(c, request.set(owner, orderId), this, null, received);
        });
    }

    @Override
    public void accepted(RoutingContext ctx, PendingCommand pending, long version, DirectBuffer reply) {
        JsonResponse.send(ctx, 200, new JsonObject()
            .put("orderId", OrderReplyCodec.orderId(reply))
            .put("status", OrderStatus.name(OrderReplyCodec.status(reply)))
            .put("version", version));
    }
}
