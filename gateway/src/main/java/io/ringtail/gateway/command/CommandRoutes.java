package io.ringtail.gateway.command;

import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.gateway.http.RouteTable;
import io.vertx.core.http.HttpMethod;

/** The trading command routes of one event loop, plus the instrument list they validate against. */
public final class CommandRoutes {
    private CommandRoutes() {
    }

    public static void register(RouteTable table, CommandBridge bridge, InstrumentIndex instruments) {
        table.add(HttpMethod.POST, "/accounts", new OpenAccountRoute(bridge))
            .add(HttpMethod.POST, "/accounts/:id/deposits", TransferRoute.deposits(bridge, instruments))
            .add(HttpMethod.POST, "/accounts/:id/withdrawals", TransferRoute.withdrawals(bridge, instruments))
            .add(HttpMethod.POST, "/orders", new PlaceOrderRoute(bridge, instruments))
            .add(HttpMethod.DELETE, "/orders/:orderId", new CancelOrderRoute(bridge))
            .add(HttpMethod.PATCH, "/orders/:orderId", new AmendOrderRoute(bridge))
            .add(HttpMethod.DELETE, "/accounts/:accountId/orders", new MassCancelRoute(bridge, instruments))
            .add(HttpMethod.GET, "/instruments", ctx -> JsonResponse.send(ctx, 200, instruments.toJson()));
    }
}
