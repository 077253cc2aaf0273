package io.ringtail.gateway.query;

import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.gateway.http.ApiError;
import io.ringtail.gateway.http.ErrorResponder;
import io.ringtail.trading.view.OrderSnapshot;
import io.ringtail.trading.view.OrdersProjection;
import io.vertx.ext.web.RoutingContext;

import java.util.function.LongSupplier;

/**
 * Which account an order belongs to, for authorizing a cancel or an amend on the event loop before
 * anything reaches the ring, read from the orders view (aggregates belong to the writer thread). An order
 * the view does not know yet may be one the client just placed: then the answer waits, without blocking
 * the loop, until the view has applied the journal head seen now, which holds every order ever
 * acknowledged. One per event loop.
 */
public final class OrderOwners {
    private final OrdersProjection orders;
    private final ProjectionAgent agent;
    private final VersionGate gate;
    private final LongSupplier journalHead;
    private final OrderSnapshot order = new OrderSnapshot();

    /** What the route does with the owner; runs on the event loop, and may throw an {@link ApiError}. */
    @FunctionalInterface
    public interface Owned {
        /** @param accountId the order's account, 0 when there is no such order */
        void owner(RoutingContext ctx, long accountId);
    }

    OrderOwners(OrdersProjection orders, ProjectionAgent agent, VersionGate gate, LongSupplier journalHead) {
        this.orders = orders;
        this.agent = agent;
        this.gate = gate;
        this.journalHead = journalHead;
    }

    public void ownerOf(RoutingContext ctx, long orderId, Owned owned) {
        long owner = lookup(orderId);
        if (owner != 0) {
            owned.owner(ctx, owner);
            return;
        }
        gate.whenApplied(ctx, agent, journalHead.getAsLong(), gate.maxTimeoutMillis(), (c, watermark) -> {
            try {
                owned.owner(c, lookup(orderId));
            } catch (ApiError e) {
                ErrorResponder.send(c, e.code(), e.getMessage());
            }
        });
    }

    private long lookup(long orderId) {
        return orders.view().order(orderId, order) ? order.accountId() : 0;
    }
}
