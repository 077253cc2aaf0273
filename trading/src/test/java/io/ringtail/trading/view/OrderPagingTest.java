package io.ringtail.trading.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.engine.view.ViewCapacityExceededException;
import io.ringtail.trading.OrderStatus;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingEventEncoder;
import io.ringtail.trading.TradingEventType;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The account orders page walk: newest first, cursors, the open filter and its bounded scan. */
class OrderPagingTest {
    private final EventBuffer events = new EventBuffer();
    private final OrdersProjection projection = new OrdersProjection(new TradingViewConfig(100, 4, 5, 5));
    private final UnsafeBuffer clientOrderId = new UnsafeBuffer(new byte[65]);

    private void accept(long orderId, long accountId) {
        byte[] id = ("c" + orderId).getBytes(StandardCharsets.US_ASCII);
        clientOrderId.putByte(0, (byte) id.length);
        clientOrderId.putBytes(1, id);
        TradingEventEncoder.orderAccepted(events, orderId, accountId, 0, Side.BUY, 100, 10, TimeInForce.GTC, clientOrderId, 0);
    }

    private void cancel(long orderId, long accountId) {
        TradingEventEncoder.orderCancelled(events, orderId, accountId, 0, Side.BUY, 10, 1_000, TradingEventType.CANCELLED_BY_USER);
    }

    @Test
    void shouldPageAllOrdersNewestFirstAndSkipTerminalOnesWithinTheScanBound() {
        for (long id = 1; id <= 30; id++) {
            accept(id, id % 3 == 0 ? 9 : 7);
        }
        for (long id = 1; id <= 20; id++) {
            if (id % 3 != 0) {
                cancel(id, 7);
            }
        }
        events.applyTo(projection);
        OrdersView view = projection.view();

        List<Long> all = ids(view, 7, false, 4, 8);
        List<Long> expectedAll = new ArrayList<>();
        for (long id = 30; id >= 1; id--) {
            if (id % 3 != 0) {
                expectedAll.add(id);
            }
        }
        assertEquals(expectedAll, all);

        OrderPage page = new OrderPage(3, 5);
        view.accountOrders(7, true, 0, 3, page);
        assertEquals(List.of(29L, 28L, 26L), idsOf(page));
        view.accountOrders(7, true, page.nextCursor(), 3, page);
        assertEquals(List.of(25L, 23L, 22L), idsOf(page));
        long cursor = page.nextCursor();
        view.accountOrders(7, true, cursor, 3, page);
        assertEquals(List.of(), idsOf(page), "five cancelled orders scanned, none open");
        assertTrue(page.nextCursor() != 0, "a cursor to continue the scan");
        view.accountOrders(7, true, page.nextCursor(), 3, page);
        assertEquals(List.of(), idsOf(page));
        view.accountOrders(7, true, page.nextCursor(), 3, page);
        assertEquals(0, page.count());
        assertEquals(0, page.nextCursor(), "the walk reached the oldest order");
        assertEquals(List.of(29L, 28L, 26L, 25L, 23L, 22L), ids(view, 7, true, 3, 5));
    }

    @Test
    void shouldGiveAnEmptyPageForAnotherAccountsCursorOrAnUnknownAccount() {
        accept(1, 7);
        accept(2, 9);
        events.applyTo(projection);
        OrderPage page = new OrderPage(10);
        projection.view().accountOrders(9, false, 0, 10, page);
        assertEquals(List.of(2L), idsOf(page));
        projection.view().accountOrders(9, false, 1, 10, page);
        assertEquals(0, page.count(), "cursor 1 names account 7's order");
        projection.view().accountOrders(5, false, 0, 10, page);
        assertEquals(0, page.count());
        projection.view().accountOrders(7, false, -4, 10, page);
        assertEquals(0, page.count());
    }

    @Test
    void shouldKeepCancelledOrdersFindableByIdWithTheirVersion() {
        accept(1, 7);
        cancel(1, 7);
        events.applyTo(projection);
        OrderSnapshot order = new OrderSnapshot();
        assertTrue(projection.view().order(1, order));
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(2, order.version());
        assertEquals("c1", order.clientOrderId());
        assertFalse(projection.view().order(2, order));
    }

    @Test
    void shouldStopLoudlyWhenTheViewIsFull() {
        OrdersProjection small = new OrdersProjection(new TradingViewConfig(2, 4, 5, 5));
        accept(1, 7);
        accept(2, 7);
        events.applyTo(small);
        accept(3, 7);
        org.junit.jupiter.api.Assertions.assertThrows(ViewCapacityExceededException.class, () -> events.applyTo(small));
    }

    private static List<Long> ids(OrdersView view, long account, boolean openOnly, int limit, int maxScan) {
        List<Long> ids = new ArrayList<>();
        OrderPage page = new OrderPage(limit, maxScan);
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
