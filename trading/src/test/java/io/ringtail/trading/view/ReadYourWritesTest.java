package io.ringtail.trading.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.engine.projection.WatermarkWaiters;
import io.ringtail.trading.OrderStatus;
import io.ringtail.trading.TimeInForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A client that waits for its reply's version on the orders projection then reads its order sees it. */
class ReadYourWritesTest {
    private static final int ORDERS = 2_000;

    @TempDir
    Path directory;

    @Test
    void shouldReadEveryPlacedOrderOnceTheProjectionReachedItsReplyVersion() throws Exception {
        TradingReadSide views = new TradingReadSide(RecordedTradingEvents.INSTRUMENTS, new TradingViewConfig(10_000, 64, 10, 50));
        OrderSnapshot order = new OrderSnapshot();
        int filledOrCancelled = 0;
        try (EngineWithViews engine = new EngineWithViews(directory, 5, true)) {
            ProjectionHost host = engine.host(views);
            engine.publishSetupAnd(0);
            engine.awaitReplies();
            engine.replies.clear();
            ProjectionAgent orders = host.agent(OrdersProjection.NAME);
            WatermarkWaiters waiters = orders.waiters();
            for (int i = 0; i < ORDERS; i++) {
                int symbol = i % RecordedTradingEvents.INSTRUMENTS.size();
                engine.publish(engine.workload.place(1 + i % EngineWithViews.ACCOUNTS, symbol, i % 5 == 0 ? TimeInForce.IOC : TimeInForce.GTC));
                EngineWithViews.Reply reply = engine.replies.poll(EngineWithViews.GENEROUS_SECONDS, TimeUnit.SECONDS);
                assertNotNull(reply, "reply " + i);
                assertEquals(Reasons.ACCEPTED, reply.reason(), "order " + i);

                CompletableFuture<Boolean> reached = new CompletableFuture<>();
                long deadline = waiters.nanoClock().nanoTime() + TimeUnit.SECONDS.toNanos(EngineWithViews.GENEROUS_SECONDS);
                waiters.await(reply.version(), deadline, (ok, watermark) -> reached.complete(ok));
                assertTrue(reached.get(), "watermark reached " + reply.version());

                assertTrue(views.orders().view().order(reply.orderId(), order), "order " + reply.orderId() + " after its version");
                assertTrue(order.version() <= orders.watermark(), "read a change the watermark covers");
                assertTrue(order.filledQuantity() >= reply.filled(), order + " vs reply filled " + reply.filled());
                assertTrue(sameOrLater(reply.status(), order.status()),
                    order + " vs reply " + OrderStatus.name(reply.status()));
                if (!order.isOpen()) {
                    filledOrCancelled++;
                }
            }
        }
        assertTrue(filledOrCancelled > ORDERS / 10, "some orders traded or were cancelled: " + filledOrCancelled);
    }

    /** NEW, then PARTIALLY_FILLED, then a terminal status; an order never moves back. */
    private static boolean sameOrLater(int replied, int seen) {
        if (replied == seen) {
            return true;
        }
        return switch (replied) {
            case OrderStatus.NEW -> true;
            case OrderStatus.PARTIALLY_FILLED -> seen == OrderStatus.FILLED || seen == OrderStatus.CANCELLED;
            default -> false;
        };
    }
}
