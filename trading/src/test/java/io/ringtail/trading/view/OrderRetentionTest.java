package io.ringtail.trading.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.trading.OrderStatus;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The orders view keeps every open order and the newest N terminal ones; older terminal ones are retired. */
class OrderRetentionTest {
    private final UnsafeBuffer clientOrderId = new UnsafeBuffer(new byte[65]);
    private long sequence;

    @Test
    void shouldRetireTheOldestTerminalOrdersButNeverAnOpenOne() {
        OrdersView view = new OrdersView(new TradingViewConfig(20, 4, 5, 5, 3));
        for (long id = 1; id <= 12; id++) {
            add(view, id, 7);
        }
        // Terminal in this order: 5, 2, 9 (filled), 11, 1; with retention 3 the first two retire.
        view.cancel(5, 0, ++sequence);
        view.cancel(2, 0, ++sequence);
        view.fill(9, 10, 0, ++sequence);
        view.cancel(11, 0, ++sequence);
        view.cancel(1, 0, ++sequence);
        OrderSnapshot order = new OrderSnapshot();
        assertFalse(view.order(5, order), "retired");
        assertFalse(view.order(2, order), "retired");
        assertTrue(view.order(9, order));
        assertEquals(OrderStatus.FILLED, order.status());
        assertTrue(view.order(11, order) && view.order(1, order));
        for (long id : new long[] {3, 4, 6, 7, 8, 10, 12}) {
            assertTrue(view.order(id, order), "open order " + id + " stays");
            assertEquals(id, order.orderId());
        }
        assertEquals(10, view.size());
        assertEquals(List.of(12L, 11L, 10L, 9L, 8L, 7L, 6L, 4L, 3L, 1L), ids(view, 7, false, 3));
        assertEquals(List.of(12L, 10L, 8L, 7L, 6L, 4L, 3L), ids(view, 7, true, 2));

        // Slots of retired orders are reused: the view never holds more than open + retained + 1.
        for (long id = 13; id <= 40; id++) {
            add(view, id, id % 2 == 0 ? 7 : 8);
            view.cancel(id, 0, ++sequence);
        }
        assertEquals(7 + 3, view.size());
        assertEquals(List.of(40L, 38L, 12L, 10L, 8L, 7L, 6L, 4L, 3L), ids(view, 7, false, 4));
        assertEquals(List.of(39L), ids(view, 8, false, 4));
    }

    @Test
    void shouldResumeAPageBelowItsCursorWhenTheCursorOrderWasRetired() {
        OrdersView view = new OrdersView(new TradingViewConfig(20, 4, 5, 5, 1));
        for (long id = 1; id <= 8; id++) {
            add(view, id, 7);
        }
        OrderPage page = new OrderPage(3);
        view.accountOrders(7, false, 0, 3, page);
        assertEquals(List.of(8L, 7L, 6L), idsOf(page));
        assertEquals(6, page.nextCursor(), "the cursor is the last id examined");
        view.cancel(6, 0, ++sequence);
        view.cancel(4, 0, ++sequence); // retires 6, the cursor's order
        view.accountOrders(7, false, page.nextCursor(), 3, page);
        assertEquals(List.of(5L, 4L, 3L), idsOf(page));
        view.accountOrders(7, false, page.nextCursor(), 3, page);
        assertEquals(List.of(2L, 1L), idsOf(page));
        assertEquals(0, page.nextCursor());
    }

    @Test
    void shouldRetireEveryTerminalOrderAtOnceWithRetentionZero() {
        OrdersView view = new OrdersView(new TradingViewConfig(4, 4, 5, 5, 0));
        for (long id = 1; id <= 100; id++) {
            add(view, id, 7);
            view.cancel(id, 0, ++sequence);
        }
        assertEquals(0, view.size());
        assertFalse(view.order(100, new OrderSnapshot()));
    }

    /**
     * A writer accepts and cancels orders in a view of 64 slots with retention 8, so slots are reused all the
     * time, while readers look up random recent ids. Every answer must be "not found" or the very order asked
     * for, whole: each order's fields are derived from its id, so another order's record would show.
     */
    @Test
    void shouldAnswerReadersRacingRetirementWithNotFoundOrTheirOwnOrder() throws InterruptedException {
        OrdersView view = new OrdersView(new TradingViewConfig(64, 8, 5, 5, 8));
        AtomicLong highest = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong wrong = new AtomicLong();
        AtomicLong found = new AtomicLong();
        Thread[] readers = new Thread[2];
        for (int r = 0; r < readers.length; r++) {
            int seed = r;
            readers[r] = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                OrderSnapshot order = new OrderSnapshot();
                long hits = 0;
                while (!done.get()) {
                    long top = highest.get();
                    long id = Math.max(1, top - random.nextLong(40));
                    if (view.order(id, order)) {
                        hits++;
                        if (order.orderId() != id || order.accountId() != id % 8 || order.price() != id * 3
                            || order.quantity() != id + 1 || !order.clientOrderId().equals("c" + id)) {
                            wrong.incrementAndGet();
                        }
                    }
                }
                found.addAndGet(hits);
            }, "retention-reader-" + r);
            readers[r].start();
        }
        SplittableRandom random = new SplittableRandom(31337);
        List<Long> open = new ArrayList<>();
        for (long id = 1; id <= 200_000; id++) {
            add(view, id, id % 8);
            highest.lazySet(id);
            open.add(id);
            while (open.size() > 40 || (!open.isEmpty() && random.nextBoolean())) {
                view.cancel(open.remove(random.nextInt(open.size())), 0, ++sequence);
            }
        }
        done.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        assertEquals(0, wrong.get(), "answers carrying another order's data");
        assertTrue(found.get() > 1_000, "readers found too few orders to mean anything: " + found.get());
    }

    private void add(OrdersView view, long orderId, long accountId) {
        byte[] id = ("c" + orderId).getBytes(StandardCharsets.US_ASCII);
        clientOrderId.putByte(0, (byte) id.length);
        clientOrderId.putBytes(1, id);
        view.add(orderId, accountId, 0, Side.BUY, TimeInForce.GTC, orderId * 3, orderId + 1, clientOrderId, 0, 0, ++sequence);
    }

    private static List<Long> ids(OrdersView view, long account, boolean openOnly, int limit) {
        List<Long> ids = new ArrayList<>();
        OrderPage page = new OrderPage(limit);
        long cursor = 0;
        do {
            view.accountOrders(account, openOnly, cursor, limit, page);
            ids.addAll(idsOf(page));
            cursor = page.nextCursor();
        } while (cursor != 0);
        return ids;
    }

    private static List<Long> idsOf(OrderPage page) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < page.count(); i++) {
            ids.add(page.order(i).orderId());
        }
        return ids;
    }
}
