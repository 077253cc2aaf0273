package io.ringtail.trading;

import static io.ringtail.trading.TradingCommand.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Worked examples of the matching rules, independent of the reference model. */
class TradingMatchingTest {
    private static final int ACME = 0;
    private TradingHarness harness;

    @BeforeEach
    void setUp() {
        harness = new TradingHarness(TradingHarness.smallLimits());
        for (long account = 1; account <= 3; account++) {
            harness.send(openAccount(account, 1_000_000));
            harness.send(position(TradingCommandType.DEPOSIT_POSITION, account, ACME, 1_000));
        }
    }

    @Test
    void shouldTradeAtRestingPriceInPriceTimePriorityAndReleaseUnusedReservation() {
        long first = harness.send(place(1, "s1", ACME, Side.SELL, 100, 30, TimeInForce.GTC)).orderId();
        long second = harness.send(place(2, "s2", ACME, Side.SELL, 100, 30, TimeInForce.GTC)).orderId();
        harness.send(place(2, "s3", ACME, Side.SELL, 95, 10, TimeInForce.GTC));

        ModelReply buy = harness.send(place(3, "b", ACME, Side.BUY, 110, 50, TimeInForce.GTC));

        assertEquals(OrderStatus.FILLED, buy.status());
        TradingStateDump state = harness.domain.dump();
        // 10 at 95 first (better price), then 30 from the older order at 100, then 10 from the newer one.
        assertEquals(List.of(new TradingStateDump.LevelEntry(ACME, Side.SELL, 100, List.of(second))), state.book());
        assertEquals(OrderStatus.FILLED, order(state, first).status());
        assertEquals(10, order(state, second).filled());
        TradingStateDump.AccountEntry buyer = state.accounts().get(2);
        assertEquals(1_000_000 - (10 * 95 + 40 * 100), buyer.cash());
        assertEquals(0, buyer.reservedCash(), "the part of the 110 limit not paid is released");
        assertEquals(1_050, buyer.positions().get(ACME));
    }

    @Test
    void shouldKeepPriorityOnlyForQuantityDecreaseAtSamePrice() {
        long a = harness.send(place(1, "a", ACME, Side.BUY, 100, 50, TimeInForce.GTC)).orderId();
        long b = harness.send(place(2, "b", ACME, Side.BUY, 100, 50, TimeInForce.GTC)).orderId();
        harness.send(amend(1, a, 0, 40));
        assertEquals(List.of(a, b), harness.domain.dump().book().get(0).orderIds());
        harness.send(amend(1, a, 0, 60));
        assertEquals(List.of(b, a), harness.domain.dump().book().get(0).orderIds());
        assertEquals(60 * 100, harness.domain.dump().accounts().get(0).reservedCash());
    }

    @Test
    void shouldMatchAtOnceWhenAmendCrossesAndCancelIocRemainder() {
        long sell = harness.send(place(1, "s", ACME, Side.SELL, 105, 20, TimeInForce.GTC)).orderId();
        long buy = harness.send(place(2, "b", ACME, Side.BUY, 100, 30, TimeInForce.GTC)).orderId();
        ModelReply amended = harness.send(amend(2, buy, 105, 0));
        assertEquals(new ModelReply(0, amended.version(), buy, OrderStatus.PARTIALLY_FILLED, 20, false), amended);
        assertEquals(OrderStatus.FILLED, order(harness.domain.dump(), sell).status());

        ModelReply ioc = harness.send(place(3, "i", ACME, Side.SELL, 105, 30, TimeInForce.IOC));
        assertEquals(OrderStatus.CANCELLED, ioc.status());
        assertEquals(10, ioc.filled());
        assertEquals(0, harness.domain.dump().accounts().get(2).reservedPositions().get(ACME));
    }

    private static TradingStateDump.OrderEntry order(TradingStateDump state, long orderId) {
        return state.orders().stream().filter(o -> o.orderId() == orderId).findFirst().orElseThrow();
    }
}
