package io.ringtail.trading;

import static io.ringtail.trading.TradingCommand.*;
import static io.ringtail.trading.TradingEventType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ringtail.engine.domain.Reasons;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Worked examples of the issue #22 rules (FOK, post-only, MARKET, self-trade prevention, mass cancel). */
class TradingOrderTypesTest {
    private static final int ACME = 0;
    private static final int BOLT = 1;
    private TradingHarness harness;

    @BeforeEach
    void setUp() {
        harness = new TradingHarness(TradingHarness.smallLimits());
        for (long account = 1; account <= 3; account++) {
            accept(openAccount(account, 1_000_000));
            accept(position(TradingCommandType.DEPOSIT_POSITION, account, ACME, 1_000));
            accept(position(TradingCommandType.DEPOSIT_POSITION, account, BOLT, 1_000));
        }
    }

    @Test
    void shouldFillFokCompletelyAcrossLevels() {
        accept(place(1, "s1", ACME, Side.SELL, 100, 20, TimeInForce.GTC));
        accept(place(2, "s2", ACME, Side.SELL, 105, 20, TimeInForce.GTC));
        ModelReply fok = accept(place(3, "f", ACME, Side.BUY, 105, 40, TimeInForce.FOK));
        assertEquals(OrderStatus.FILLED, fok.status());
        assertEquals(40, fok.filled());
        assertEquals(List.of(), harness.domain.dump().book());
        assertEquals(0, account(3).reservedCash());
    }

    @Test
    void shouldRestPostOnlyAndMakeItTheMaker() {
        long maker = accept(place(1, "p", ACME, Side.SELL, 100, 20, TimeInForce.GTC).asPostOnly()).orderId();
        ModelReply taker = accept(place(2, "t", ACME, Side.BUY, 100, 20, TimeInForce.IOC));
        assertEquals(OrderStatus.FILLED, taker.status());
        assertEquals(OrderStatus.FILLED, order(maker).status());
        assertEquals(true, order(maker).postOnly());
    }

    @Test
    void shouldSpendAtMostTheBudgetAndReleaseTheRest() {
        accept(place(1, "s1", ACME, Side.SELL, 100, 20, TimeInForce.GTC));
        accept(place(2, "s2", ACME, Side.SELL, 110, 50, TimeInForce.GTC));
        // 20 at 100 = 2,000; the 2,500 left buy 20 at 110 (2,200) but not a third lot of 10.
        ModelReply buy = accept(place(3, "m", ACME, Side.BUY, 0, 100, TimeInForce.IOC).withBudget(4_500));
        assertEquals(OrderStatus.CANCELLED, buy.status());
        assertEquals(40, buy.filled());
        TradingStateDump.AccountEntry buyer = account(3);
        assertEquals(1_000_000 - 2_000 - 2_200, buyer.cash());
        assertEquals(0, buyer.reservedCash(), "the unspent 300 is released");
        assertEquals(List.of(buy.orderId() + ":" + CANCELLED_IOC_REMAINDER), lastCancellations());
    }

    @Test
    void shouldReleaseTheUnspentBudgetOfAFilledMarketBuy() {
        accept(place(1, "s1", ACME, Side.SELL, 100, 20, TimeInForce.GTC));
        ModelReply buy = accept(place(3, "m", ACME, Side.BUY, 0, 20, TimeInForce.FOK).withBudget(9_000));
        assertEquals(OrderStatus.FILLED, buy.status());
        assertEquals(0, account(3).reservedCash(), "2,000 spent, the other 7,000 released with the last trade");
        assertEquals(1_000_000 - 2_000, account(3).cash());
    }

    @Test
    void shouldStopMarketOrderAtItsProtectionPrice() {
        accept(place(1, "s1", ACME, Side.SELL, 100, 20, TimeInForce.GTC));
        accept(place(2, "s2", ACME, Side.SELL, 120, 20, TimeInForce.GTC));
        ModelReply buy = accept(place(3, "m", ACME, Side.BUY, 110, 40, TimeInForce.IOC).asMarket());
        assertEquals(OrderStatus.CANCELLED, buy.status());
        assertEquals(20, buy.filled());
        assertEquals(0, account(3).reservedCash(), "protection price x quantity reserved, all of it released");
        assertEquals(1_000_000 - 2_000, account(3).cash());
        accept(place(1, "b1", ACME, Side.BUY, 115, 30, TimeInForce.GTC));
        ModelReply sell = accept(place(3, "ms", ACME, Side.SELL, 110, 30, TimeInForce.FOK).asMarket());
        assertEquals(OrderStatus.FILLED, sell.status());
        assertEquals(1_000_000 - 2_000 + 30 * 115, account(3).cash(), "at the resting price, not the protection");
    }

    @Test
    void shouldCancelIncomingOnCancelNewest() {
        long own = accept(place(1, "s1", ACME, Side.SELL, 100, 20, TimeInForce.GTC)).orderId();
        accept(place(2, "s2", ACME, Side.SELL, 100, 20, TimeInForce.GTC));
        accept(place(2, "s3", ACME, Side.SELL, 95, 10, TimeInForce.GTC));
        // Account 1 buys: 10 at 95 from account 2, then meets its own order: stops, GTC remainder cancelled.
        ModelReply buy = accept(place(1, "b", ACME, Side.BUY, 100, 50, TimeInForce.GTC)
            .withStp(SelfTradePrevention.CANCEL_NEWEST));
        assertEquals(new ModelReply(Reasons.ACCEPTED, buy.version(), buy.orderId(), OrderStatus.CANCELLED, 10, false), buy);
        assertEquals(List.of(buy.orderId() + ":" + CANCELLED_SELF_TRADE), lastCancellations());
        assertEquals(OrderStatus.NEW, order(own).status(), "the resting order is untouched");
        assertEquals(0, account(1).reservedCash());
    }

    @Test
    void shouldCancelRestingOnCancelOldestAndGoOn() {
        long own = accept(place(1, "s1", ACME, Side.SELL, 100, 20, TimeInForce.GTC)).orderId();
        long other = accept(place(2, "s2", ACME, Side.SELL, 100, 20, TimeInForce.GTC)).orderId();
        ModelReply buy = accept(place(1, "b", ACME, Side.BUY, 100, 30, TimeInForce.GTC)
            .withStp(SelfTradePrevention.CANCEL_OLDEST));
        assertEquals(OrderStatus.PARTIALLY_FILLED, buy.status());
        assertEquals(20, buy.filled());
        assertEquals(List.of(own + ":" + CANCELLED_SELF_TRADE), lastCancellations());
        assertEquals(OrderStatus.FILLED, order(other).status());
        assertEquals(0, account(1).reservedPositions().get(ACME), "the cancelled sell's position is free again");
        assertEquals(List.of(new TradingStateDump.LevelEntry(ACME, Side.BUY, 100, List.of(buy.orderId()))),
            harness.domain.dump().book());
    }

    @Test
    void shouldCancelBothOnCancelBoth() {
        long own = accept(place(1, "s1", ACME, Side.SELL, 100, 20, TimeInForce.GTC)).orderId();
        ModelReply buy = accept(place(1, "b", ACME, Side.BUY, 100, 30, TimeInForce.GTC)
            .withStp(SelfTradePrevention.CANCEL_BOTH));
        assertEquals(OrderStatus.CANCELLED, buy.status());
        assertEquals(List.of(own + ":" + CANCELLED_SELF_TRADE, buy.orderId() + ":" + CANCELLED_SELF_TRADE),
            lastCancellations());
        assertEquals(List.of(), harness.domain.dump().book());
    }

    @Test
    void shouldUseTheAccountDefaultUnlessTheOrderNamesAMode() {
        accept(openAccount(4, 1_000_000, SelfTradePrevention.CANCEL_NEWEST));
        accept(position(TradingCommandType.DEPOSIT_POSITION, 4, ACME, 1_000));
        long own = accept(place(4, "s", ACME, Side.SELL, 100, 20, TimeInForce.GTC)).orderId();
        ModelReply stopped = accept(place(4, "b1", ACME, Side.BUY, 100, 10, TimeInForce.GTC));
        assertEquals(OrderStatus.CANCELLED, stopped.status(), "the account default CANCEL_NEWEST");
        ModelReply allowed = accept(place(4, "b2", ACME, Side.BUY, 100, 10, TimeInForce.GTC)
            .withStp(SelfTradePrevention.ALLOW));
        assertEquals(OrderStatus.FILLED, allowed.status(), "the order's own ALLOW wins");
        assertEquals(10, order(own).filled());
        assertEquals(SelfTradePrevention.CANCEL_NEWEST, account(4).selfTradePrevention());
    }

    @Test
    void shouldApplySelfTradePreventionWhenAnAmendRematches() {
        accept(place(1, "s", ACME, Side.SELL, 105, 20, TimeInForce.GTC));
        long buy = accept(place(1, "b", ACME, Side.BUY, 100, 20, TimeInForce.GTC)
            .withStp(SelfTradePrevention.CANCEL_NEWEST)).orderId();
        ModelReply amended = accept(amend(1, buy, 105, 0));
        assertEquals(OrderStatus.CANCELLED, amended.status());
        assertEquals(List.of(buy + ":" + CANCELLED_SELF_TRADE), lastCancellations());
        assertEquals(0, account(1).reservedCash());
    }

    @Test
    void shouldMassCancelInOneEntryWithFilters() {
        long a = accept(place(1, "a", ACME, Side.BUY, 90, 10, TimeInForce.GTC)).orderId();
        long b = accept(place(1, "b", ACME, Side.SELL, 120, 10, TimeInForce.GTC)).orderId();
        long c = accept(place(1, "c", BOLT, Side.BUY, 50, 10, TimeInForce.GTC)).orderId();
        long d = accept(place(1, "d", BOLT, Side.SELL, 70, 10, TimeInForce.GTC)).orderId();
        long foreign = accept(place(2, "e", ACME, Side.BUY, 90, 10, TimeInForce.GTC)).orderId();

        assertEquals(1, cancelled(massCancel(1, ACME, Side.SELL)));
        assertEquals(List.of(b + ":" + CANCELLED_MASS), lastCancellations());
        int before = harness.entryCount();
        assertEquals(3, cancelled(massCancel(1, TradingCommandEncoder.ALL_SYMBOLS, TradingCommandEncoder.BOTH_SIDES)));
        assertEquals(before + 1, harness.entryCount(), "one journal entry");
        assertEquals(List.of(a + ":" + CANCELLED_MASS, c + ":" + CANCELLED_MASS, d + ":" + CANCELLED_MASS),
            lastCancellations());
        assertEquals(0, account(1).reservedCash());
        assertEquals(OrderStatus.NEW, order(foreign).status());
        long version = harness.domain.dump().orders().size();
        ModelReply none = harness.send(massCancel(1, TradingCommandEncoder.ALL_SYMBOLS, 0));
        assertEquals(Reasons.ACCEPTED, none.reason());
        assertEquals(0, none.orderId(), "nothing open: 0 cancelled, no events");
        assertEquals(before + 1, harness.entryCount());
        assertEquals(version, harness.domain.dump().orders().size());
    }

    private long cancelled(TradingCommand massCancel) {
        return accept(massCancel).orderId();
    }

    private List<String> lastCancellations() {
        return harness.cancellationsSince(harness.entryCount() - 1);
    }

    private ModelReply accept(TradingCommand command) {
        ModelReply reply = harness.send(command);
        assertEquals(Reasons.ACCEPTED, reply.reason(), () -> command + ": " + reply);
        return reply;
    }

    private TradingStateDump.AccountEntry account(long accountId) {
        return harness.domain.dump().accounts().stream().filter(a -> a.accountId() == accountId).findFirst().orElseThrow();
    }

    private TradingStateDump.OrderEntry order(long orderId) {
        return harness.domain.dump().orders().stream().filter(o -> o.orderId() == orderId).findFirst().orElseThrow();
    }
}
