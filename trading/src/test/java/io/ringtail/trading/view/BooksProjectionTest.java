package io.ringtail.trading.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.trading.OrderType;
import io.ringtail.trading.SelfTradePrevention;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingEventEncoder;
import io.ringtail.trading.TradingEventType;
import io.ringtail.trading.view.ViewContents.Book;
import io.ringtail.trading.view.ViewContents.Level;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The books projection event by event: a taker joins its level only after the trades it makes at once. */
class BooksProjectionTest {
    private final EventBuffer events = new EventBuffer();
    private final BooksProjection books = new BooksProjection(new TradingViewConfig(100, 4, 2, 5), 1);

    private void accept(long orderId, int side, long price, long quantity, int timeInForce) {
        accept(orderId, side, price, quantity, timeInForce, 0);
    }

    /** @param plannedFill what the domain announces the order's trades of this command will fill */
    private void accept(long orderId, int side, long price, long quantity, int timeInForce, long plannedFill) {
        TradingEventEncoder.orderAccepted(events, orderId, 7, 0, side, price, quantity, timeInForce,
            new UnsafeBuffer(new byte[65]), 0, OrderType.LIMIT, false, SelfTradePrevention.ALLOW, 0, plannedFill,
            timeInForce == TimeInForce.GTC);
    }

    private void trade(long buyOrderId, long sellOrderId, long price, long quantity) {
        TradingEventEncoder.trade(events, 1, 0, buyOrderId, sellOrderId, 7, 7, price, quantity, 0, Side.BUY);
    }

    private Book book() {
        events.applyTo(books);
        return ViewContents.books(books.view()).get(0);
    }

    @Test
    void shouldShowATakerOnlyAfterItsTradesAndNeverCrossed() {
        accept(1, Side.SELL, 100, 10, TimeInForce.GTC);
        accept(2, Side.SELL, 101, 10, TimeInForce.GTC);
        assertEquals(new Book(0, List.of(), List.of(new Level(100, 10, 1), new Level(101, 10, 1))), book());

        accept(3, Side.BUY, 101, 25, TimeInForce.GTC, 20);
        assertEquals(new Book(0, List.of(), List.of(new Level(100, 10, 1), new Level(101, 10, 1))), book(),
            "the taker is not shown crossed with the makers it is about to take");
        trade(3, 1, 100, 10);
        assertEquals(new Book(0, List.of(), List.of(new Level(101, 10, 1))), book());
        trade(3, 2, 101, 10);
        assertEquals(new Book(0, List.of(new Level(101, 5, 1)), List.of()), book(), "the rest rests");
    }

    @Test
    void shouldNeverShowAnIocRemainderAndKeepTheTopLevelsOnly() {
        accept(1, Side.BUY, 99, 10, TimeInForce.GTC);
        accept(2, Side.BUY, 98, 10, TimeInForce.GTC);
        accept(3, Side.BUY, 97, 10, TimeInForce.GTC);
        accept(4, Side.BUY, 99, 5, TimeInForce.GTC);
        assertEquals(new Book(0, List.of(new Level(99, 15, 2), new Level(98, 10, 1)), List.of()), book(), "depth 2");

        accept(5, Side.SELL, 99, 20, TimeInForce.IOC, 15);
        trade(1, 5, 99, 10);
        trade(4, 5, 99, 5);
        TradingEventEncoder.orderCancelled(events, 5, 7, 0, Side.SELL, 5, 5, TradingEventType.CANCELLED_IOC_REMAINDER);
        assertEquals(new Book(0, List.of(new Level(98, 10, 1), new Level(97, 10, 1)), List.of()), book());
    }

    @Test
    void shouldMoveAnAmendedOrderAndKeepPriorityAmendsInPlace() {
        accept(1, Side.SELL, 105, 30, TimeInForce.GTC);
        TradingEventEncoder.orderAmended(events, 1, 7, 0, Side.SELL, 105, 30, 105, 20, -10, true, 0, true);
        assertEquals(new Book(0, List.of(), List.of(new Level(105, 20, 1))), book());
        TradingEventEncoder.orderAmended(events, 1, 7, 0, Side.SELL, 105, 20, 110, 40, 20, false, 0, true);
        assertEquals(new Book(0, List.of(), List.of(new Level(110, 40, 1))), book());
        assertEquals(1, books.openOrders());
    }

    @Test
    void shouldFollowTheAnnouncedFillWhenSelfTradePreventionCancelsAMaker() {
        accept(1, Side.SELL, 100, 10, TimeInForce.GTC);
        accept(2, Side.SELL, 100, 10, TimeInForce.GTC);
        // Order 3 crosses both, but self-trade prevention cancels maker 1 (its own): it announces 10, not 20.
        accept(3, Side.BUY, 100, 30, TimeInForce.GTC, 10);
        TradingEventEncoder.orderCancelled(events, 1, 7, 0, Side.SELL, 10, 10, TradingEventType.CANCELLED_SELF_TRADE);
        assertEquals(new Book(0, List.of(), List.of(new Level(100, 10, 1))), book(), "not crossed meanwhile");
        trade(3, 2, 100, 10);
        assertEquals(new Book(0, List.of(new Level(100, 20, 1)), List.of()), book(), "the rest rests");
    }

    @Test
    void shouldStopLoudlyOnATradeItDidNotForesee() {
        accept(1, Side.SELL, 100, 10, TimeInForce.GTC);
        accept(2, Side.BUY, 99, 10, TimeInForce.GTC);
        trade(2, 1, 100, 10);
        IllegalStateException e = assertThrows(IllegalStateException.class, this::book);
        assertTrue(e.getMessage().contains("did not foresee"), e.getMessage());
    }
}
