package io.ringtail.gateway.command;

import io.ringtail.gateway.auth.Access;
import io.ringtail.gateway.http.JsonBody;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.gateway.reply.CommandResponder;
import io.ringtail.gateway.reply.PendingCommand;
import io.ringtail.trading.SelfTradePrevention;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.agrona.DirectBuffer;

import java.util.Set;

/**
 * {@code POST /accounts {"accountId", "cash"?, "selfTradePrevention"?}} → 201 {@code {"accountId", "version"}};
 * admin keys only. {@code selfTradePrevention} is the account's default for orders that name none: ALLOW (when
 * absent), CANCEL_NEWEST, CANCEL_OLDEST or CANCEL_BOTH; it is set once, when the account opens.
 */
final class OpenAccountRoute implements Handler<RoutingContext>, CommandResponder {
    private static final Set<String> FIELDS = Set.of("accountId", "cash", "selfTradePrevention");

    private final CommandBridge bridge;
    private final TradingRequests.OpenAccount request = new TradingRequests.OpenAccount();

    OpenAccountRoute(CommandBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long received = System.nanoTime();
        Access.requireAdmin(ctx, "opening an account");
        JsonObject body = JsonBody.read(ctx, FIELDS);
        long accountId = JsonBody.requiredLong(body, "accountId", 1);
        long cash = JsonBody.optionalLong(body, "cash", 0, 0);
        int selfTradePrevention = PlaceOrderRoute.selfTradePrevention(body, SelfTradePrevention.ALLOW);
        bridge.publish(ctx, request.set(accountId, cash, selfTradePrevention), this, accountId, received);
    }

    @Override
    public void accepted(RoutingContext ctx, PendingCommand pending, long version, DirectBuffer reply) {
        JsonResponse.send(ctx, 201, new JsonObject().put("accountId", pending.attachment()).put("version", version));
    }
}
