package io.ringtail.gateway.query;

import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.gateway.auth.Access;
import io.ringtail.gateway.auth.Principal;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.ErrorResponder;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.trading.Instrument;
import io.ringtail.trading.view.OrderPage;
import io.ringtail.trading.view.OrderSnapshot;
import io.ringtail.trading.view.OrdersProjection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * {@code GET /orders/{orderId}} and {@code GET /accounts/{id}/orders}, both served by the orders view.
 * The holders are this event loop's own, reused for every request it serves.
 */
final class OrderQueries {
    static final int MAX_PAGE = 500;
    static final int DEFAULT_PAGE = 50;

    private final OrdersProjection orders;
    private final ProjectionAgent agent;
    private final VersionGate gate;
    private final List<Instrument> instruments;
    private final OrderSnapshot order = new OrderSnapshot();
    private final OrderPage page = new OrderPage(MAX_PAGE);

    OrderQueries(OrdersProjection orders, ProjectionAgent agent, VersionGate gate, List<Instrument> instruments) {
        this.orders = orders;
        this.agent = agent;
        this.gate = gate;
        this.instruments = instruments;
    }

    void order(RoutingContext ctx) {
        long orderId;
        try {
            orderId = QueryParams.positiveLong("orderId", ctx.pathParam("orderId"));
        } catch (IllegalArgumentException e) {
            ErrorResponder.send(ctx, ErrorCode.INVALID_FIELD, e.getMessage());
            return;
        }
        Principal principal = Access.principal(ctx);
        gate.whenVisible(ctx, agent, (c, watermark) -> {
            c.response().putHeader("X-Version", Long.toString(watermark));
            // Another account's order reads exactly like a missing one: its id must not reveal it exists.
            if (!orders.view().order(orderId, order) || !principal.mayRead(order.accountId())) {
                ErrorResponder.send(c, ErrorCode.UNKNOWN_ORDER, "no order " + orderId);
                return;
            }
            JsonResponse.send(c, 200, OrderJson.of(order, instruments));
        });
    }

    void accountOrders(RoutingContext ctx) {
        long accountId;
        boolean openOnly;
        int limit;
        long cursor;
        try {
            accountId = QueryParams.positiveLong("accountId", ctx.pathParam("accountId"));
            openOnly = openOnly(ctx.request().getParam("status"));
            limit = QueryParams.boundedInt("limit", ctx.request().getParam("limit"), DEFAULT_PAGE, MAX_PAGE);
            String after = ctx.request().getParam("after");
            cursor = after == null ? 0 : QueryParams.positiveLong("after", after);
        } catch (IllegalArgumentException e) {
            ErrorResponder.send(ctx, ErrorCode.INVALID_FIELD, e.getMessage());
            return;
        }
        if (!Access.mayRead(ctx, accountId)) {
            throw Access.readForbidden(accountId);
        }
        gate.whenVisible(ctx, agent, (c, watermark) -> {
            c.response().putHeader("X-Version", Long.toString(watermark));
            orders.view().accountOrders(accountId, openOnly, cursor, limit, page);
            JsonArray list = new JsonArray();
            for (int i = 0; i < page.count(); i++) {
                list.add(OrderJson.of(page.order(i), instruments));
            }
            long next = page.nextCursor();
            JsonResponse.send(c, 200, new JsonObject().put("orders", list).put("next", next == 0 ? null : next));
        });
    }

    private static boolean openOnly(String status) {
        if (status == null || status.equals("all")) {
            return false;
        }
        if (status.equals("open")) {
            return true;
        }
        throw new IllegalArgumentException("status must be open or all, got '" + status + "'");
    }
}
