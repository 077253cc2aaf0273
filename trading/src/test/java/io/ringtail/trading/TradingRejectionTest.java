package io.ringtail.trading;

import static io.ringtail.trading.TradingCommand.*;
import static io.ringtail.trading.TradingCommandType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ringtail.engine.domain.Reasons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each rejection reason: the code is reported, nothing is emitted and the state is untouched. */
class TradingRejectionTest {
    private static final long ALICE = 1;
    private static final long BOB = 2;
    private static final int ACME = 0;
    private TradingHarness harness;
    private long aliceOrder;
    private long filledOrder;

    @BeforeEach
    void setUp() {
        harness = new TradingHarness(new TradingLimits(2, 3, 2, 10, 0));
        accept(openAccount(ALICE, 1_000_000));
        accept(openAccount(BOB, 1_000_000));
        accept(position(DEPOSIT_POSITION, BOB, ACME, 1_000));
        aliceOrder = accept(place(ALICE, "a-1", ACME, Side.BUY, 100, 100, TimeInForce.GTC)).orderId();
        accept(place(BOB, "b-1", ACME, Side.SELL, 200, 10, TimeInForce.GTC));
        filledOrder = accept(place(ALICE, "a-2", ACME, Side.BUY, 200, 10, TimeInForce.IOC)).orderId();
    }

    @Test
    void shouldRejectUnknownAccount() {
        assertRejected(cash(DEPOSIT_CASH, 99, 10), TradingReasons.UNKNOWN_ACCOUNT);
        assertRejected(place(99, "x", ACME, Side.BUY, 100, 10, TimeInForce.GTC), TradingReasons.UNKNOWN_ACCOUNT);
    }

    @Test
    void shouldRejectDuplicateAccount() {
        assertRejected(openAccount(ALICE, 5), TradingReasons.DUPLICATE_ACCOUNT);
    }

    @Test
    void shouldRejectInvalidAccountId() {
        assertRejected(openAccount(0, 5), TradingReasons.INVALID_ACCOUNT_ID);
    }

    @Test
    void shouldRejectUnknownSymbol() {
        assertRejected(place(ALICE, "x", 2, Side.BUY, 100, 10, TimeInForce.GTC), TradingReasons.UNKNOWN_SYMBOL);
        assertRejected(position(DEPOSIT_POSITION, ALICE, -1, 10), TradingReasons.UNKNOWN_SYMBOL);
    }

    @Test
    void shouldRejectPriceOffTickOrNotPositive() {
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 101, 10, TimeInForce.GTC), TradingReasons.INVALID_PRICE);
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 0, 10, TimeInForce.GTC), TradingReasons.INVALID_PRICE);
        assertRejected(amend(ALICE, aliceOrder, 103, 0), TradingReasons.INVALID_PRICE);
    }

    @Test
    void shouldRejectQuantityOffLotOrNotAboveFilled() {
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 100, 15, TimeInForce.GTC), TradingReasons.INVALID_QUANTITY);
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 100, -10, TimeInForce.GTC), TradingReasons.INVALID_QUANTITY);
        assertRejected(position(DEPOSIT_POSITION, ALICE, ACME, 0), TradingReasons.INVALID_QUANTITY);
    }

    @Test
    void shouldRejectInvalidAmountAndOverflow() {
        assertRejected(cash(DEPOSIT_CASH, ALICE, 0), TradingReasons.INVALID_AMOUNT);
        assertRejected(cash(DEPOSIT_CASH, ALICE, Long.MAX_VALUE), TradingReasons.INVALID_AMOUNT);
        assertRejected(place(ALICE, "x", ACME, Side.BUY, Long.MAX_VALUE / 10 * 5, 10, TimeInForce.GTC),
            TradingReasons.INVALID_AMOUNT);
    }

    @Test
    void shouldRejectInvalidSideAndTimeInForce() {
        assertRejected(place(ALICE, "x", ACME, 3, 100, 10, TimeInForce.GTC), TradingReasons.INVALID_SIDE);
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 100, 10, 0), TradingReasons.INVALID_TIME_IN_FORCE);
    }

    @Test
    void shouldRejectInvalidClientOrderId() {
        assertRejected(place(ALICE, "", ACME, Side.BUY, 100, 10, TimeInForce.GTC), TradingReasons.INVALID_CLIENT_ORDER_ID);
        assertRejected(place(ALICE, "tab\there", ACME, Side.BUY, 100, 10, TimeInForce.GTC),
            TradingReasons.INVALID_CLIENT_ORDER_ID);
        assertRejected(place(ALICE, "x".repeat(65), ACME, Side.BUY, 100, 10, TimeInForce.GTC),
            TradingReasons.INVALID_CLIENT_ORDER_ID);
    }

    @Test
    void shouldRejectInsufficientBuyingPower() {
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 100_000, 100, TimeInForce.GTC),
            TradingReasons.INSUFFICIENT_BUYING_POWER);
        assertRejected(cash(WITHDRAW_CASH, ALICE, 1_000_000), TradingReasons.INSUFFICIENT_BUYING_POWER);
        assertRejected(amend(ALICE, aliceOrder, 100_000, 0), TradingReasons.INSUFFICIENT_BUYING_POWER);
    }

    @Test
    void shouldRejectInsufficientPosition() {
        // Alice bought 10 in setUp: that much she may sell, not more.
        assertRejected(place(ALICE, "x", ACME, Side.SELL, 100, 20, TimeInForce.GTC), TradingReasons.INSUFFICIENT_POSITION);
        long bobOrder = accept(place(BOB, "b-2", ACME, Side.SELL, 300, 10, TimeInForce.GTC)).orderId();
        assertRejected(amend(BOB, bobOrder, 0, 2_000), TradingReasons.INSUFFICIENT_POSITION);
        assertRejected(position(WITHDRAW_POSITION, BOB, ACME, 1_000), TradingReasons.INSUFFICIENT_POSITION);
    }

    @Test
    void shouldRejectUnknownOrder() {
        assertRejected(cancel(ALICE, 999), TradingReasons.UNKNOWN_ORDER);
        assertRejected(amend(ALICE, 999, 100, 0), TradingReasons.UNKNOWN_ORDER);
    }

    @Test
    void shouldTakeAnotherAccountsOrderAsUnknown() {
        assertRejected(cancel(BOB, aliceOrder), TradingReasons.UNKNOWN_ORDER);
        assertRejected(amend(BOB, aliceOrder, 105, 0), TradingReasons.UNKNOWN_ORDER);
    }

    @Test
    void shouldTakeAnOrderTheRequesterDoesNotActForAsUnknown() {
        long[] bobsKey = {BOB, 7};
        assertRejected(cancel(ALICE, aliceOrder).sentBy(0, bobsKey), TradingReasons.UNKNOWN_ORDER);
        assertRejected(amend(ALICE, aliceOrder, 105, 0).sentBy(ALICE, bobsKey), TradingReasons.UNKNOWN_ORDER);
        assertRejected(cancel(ALICE, aliceOrder).sentBy(0, new long[0]), TradingReasons.UNKNOWN_ORDER);
        assertRejected(cancel(ALICE, aliceOrder).sentBy(BOB, null), TradingReasons.UNKNOWN_ORDER);
        assertRejected(amend(ALICE, aliceOrder, 105, 0).sentBy(BOB, new long[] {ALICE, BOB}),
            TradingReasons.UNKNOWN_ORDER);
        assertRejected(cancel(ALICE, 999).sentBy(0, null), TradingReasons.UNKNOWN_ORDER);
    }

    @Test
    void shouldLetARequesterActForAnyOfItsAccountsOrAnAdminForAll() {
        accept(amend(ALICE, aliceOrder, 105, 0).sentBy(0, new long[] {7, BOB, ALICE}));
        accept(cancel(ALICE, aliceOrder).sentBy(0, null));
        long bobOrder = accept(place(BOB, "b-2", ACME, Side.SELL, 300, 10, TimeInForce.GTC)).orderId();
        accept(cancel(BOB, bobOrder).sentBy(BOB, null));
    }

    @Test
    void shouldTakeAnUnknownRequesterScopeAsActingForNoAccount() {
        TradingCommand cancel = cancel(ALICE, aliceOrder);
        int events = harness.eventCount();
        int length = cancel.encode(harness.slot.payload());
        harness.slot.payload().putByte(TradingCommandEncoder.CANCEL_REQUESTER_OFFSET, (byte) 0);
        harness.slot.request(CANCEL_ORDER, length, 1, 0, null, 0);
        harness.processor.process(harness.slot);
        assertEquals(TradingReasons.name(TradingReasons.UNKNOWN_ORDER), TradingReasons.name(harness.slot.reason()));
        assertEquals(events, harness.eventCount());
        accept(cancel);
    }

    @Test
    void shouldRejectOrderNotOpen() {
        assertRejected(cancel(ALICE, filledOrder), TradingReasons.ORDER_NOT_OPEN);
        assertRejected(amend(ALICE, filledOrder, 0, 20), TradingReasons.ORDER_NOT_OPEN);
    }

    @Test
    void shouldRejectAmendThatChangesNothing() {
        assertRejected(amend(ALICE, aliceOrder, 0, 0), TradingReasons.INVALID_AMEND);
        assertRejected(amend(ALICE, aliceOrder, 100, 100), TradingReasons.INVALID_AMEND);
    }

    @Test
    void shouldRejectWhenCapacityIsExhausted() {
        assertRejected(openAccount(3, 0), TradingReasons.CAPACITY_EXCEEDED);
        // Two bid levels (100 and the new 95) fill the configured maximum of two; a third price has no room.
        accept(place(ALICE, "a-3", ACME, Side.BUY, 95, 10, TimeInForce.GTC));
        assertRejected(place(ALICE, "a-4", ACME, Side.BUY, 90, 10, TimeInForce.GTC), TradingReasons.CAPACITY_EXCEEDED);
        accept(place(ALICE, "a-5", ACME, Side.BUY, 95, 10, TimeInForce.GTC));
        assertRejected(place(ALICE, "a-6", ACME, Side.BUY, 95, 10, TimeInForce.GTC), TradingReasons.CAPACITY_EXCEEDED);
    }

    @Test
    void shouldRejectMalformedPayloadWithoutThrowing() {
        assertRejected(cancel(ALICE, aliceOrder).malformed(-1), TradingReasons.MALFORMED_COMMAND);
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 100, 10, TimeInForce.GTC).malformed(4),
            TradingReasons.MALFORMED_COMMAND);
        assertEquals(0, harness.counters.internalErrors());
    }

    @Test
    void shouldRejectFokThatCannotFillCompletely() {
        // Alice's bid holds 100; Bob wants 200 at once.
        assertRejected(place(BOB, "b-fok", ACME, Side.SELL, 100, 200, TimeInForce.FOK), TradingReasons.FOK_NOT_FILLABLE);
        // Alice's own bid does not count when self-trade prevention would cancel it: and it is not cancelled.
        assertRejected(place(ALICE, "a-fok", ACME, Side.SELL, 100, 10, TimeInForce.FOK)
            .withStp(SelfTradePrevention.CANCEL_OLDEST), TradingReasons.FOK_NOT_FILLABLE);
        assertRejected(place(ALICE, "a-fok", ACME, Side.SELL, 100, 10, TimeInForce.FOK).asMarket()
            .withStp(SelfTradePrevention.CANCEL_NEWEST), TradingReasons.FOK_NOT_FILLABLE);
    }

    @Test
    void shouldRejectPostOnlyThatWouldCross() {
        assertRejected(place(BOB, "b-po", ACME, Side.SELL, 100, 10, TimeInForce.GTC).asPostOnly(), TradingReasons.WOULD_CROSS);
        long resting = accept(place(BOB, "b-po2", ACME, Side.SELL, 300, 10, TimeInForce.GTC).asPostOnly()).orderId();
        assertRejected(amend(BOB, resting, 100, 0), TradingReasons.WOULD_CROSS);
    }

    @Test
    void shouldRejectInvalidOrderTypeOrPostOnlyCombination() {
        TradingCommand order = place(ALICE, "x", ACME, Side.BUY, 100, 10, TimeInForce.GTC);
        assertRejected(order.withControls(3, 0, 0, 0), TradingReasons.INVALID_ORDER_TYPE);
        assertRejected(order.withControls(0, 0, 0, 0), TradingReasons.INVALID_ORDER_TYPE);
        assertRejected(order.withControls(OrderType.LIMIT, 2, 0, 0), TradingReasons.INVALID_ORDER_TYPE);
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 100, 10, TimeInForce.IOC).asPostOnly(),
            TradingReasons.INVALID_ORDER_TYPE);
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 100, 10, TimeInForce.IOC).asMarket().asPostOnly(),
            TradingReasons.INVALID_ORDER_TYPE);
        // A MARKET order never rests: GTC is the wrong time in force for it.
        assertRejected(order.asMarket(), TradingReasons.INVALID_TIME_IN_FORCE);
    }

    @Test
    void shouldRejectInvalidBudget() {
        TradingCommand marketBuy = place(ALICE, "x", ACME, Side.BUY, 100, 10, TimeInForce.IOC).asMarket();
        assertRejected(marketBuy.withBudget(-5), TradingReasons.INVALID_BUDGET);
        assertRejected(marketBuy.withControls(OrderType.MARKET, 0, 0, 500), TradingReasons.INVALID_BUDGET);
        assertRejected(marketBuy.withBudget(500).withControls(OrderType.LIMIT, 0, 0, 500), TradingReasons.INVALID_BUDGET);
        assertRejected(place(ALICE, "x", ACME, Side.SELL, 0, 10, TimeInForce.IOC).withBudget(500),
            TradingReasons.INVALID_BUDGET);
        // Neither a protection price nor a budget: the price is missing.
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 0, 10, TimeInForce.IOC).asMarket(), TradingReasons.INVALID_PRICE);
        // The budget is what a budget buy reserves, so it must be covered.
        assertRejected(marketBuy.withBudget(10_000_000), TradingReasons.INSUFFICIENT_BUYING_POWER);
    }

    @Test
    void shouldRejectInvalidSelfTradePrevention() {
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 100, 10, TimeInForce.GTC).withStp(5),
            TradingReasons.INVALID_SELF_TRADE_PREVENTION);
        assertRejected(place(ALICE, "x", ACME, Side.BUY, 100, 10, TimeInForce.GTC).withStp(-1),
            TradingReasons.INVALID_SELF_TRADE_PREVENTION);
        assertRejected(openAccount(3, 0, 5), TradingReasons.INVALID_SELF_TRADE_PREVENTION);
    }

    @Test
    void shouldRejectMassCancelOfUnknownAccountSymbolOrSide() {
        assertRejected(massCancel(99, TradingCommandEncoder.ALL_SYMBOLS, 0), TradingReasons.UNKNOWN_ACCOUNT);
        assertRejected(massCancel(ALICE, 2, 0), TradingReasons.UNKNOWN_SYMBOL);
        assertRejected(massCancel(ALICE, -2, 0), TradingReasons.UNKNOWN_SYMBOL);
        assertRejected(massCancel(ALICE, ACME, 3), TradingReasons.INVALID_SIDE);
        assertRejected(massCancel(ALICE, ACME, 0).malformed(1), TradingReasons.MALFORMED_COMMAND);
    }

    @Test
    void shouldNameEveryReason() {
        for (int reason = TradingReasons.UNKNOWN_ACCOUNT; reason <= TradingReasons.LAST; reason++) {
            String name = harness.domain.reasonName(reason);
            assertEquals(name.toUpperCase(), name);
            assertEquals(false, name.startsWith("REASON_"), name);
        }
        assertEquals("ORDER_OF_OTHER_ACCOUNT", harness.domain.reasonName(TradingReasons.ORDER_OF_OTHER_ACCOUNT));
        assertEquals("UNKNOWN_COMMAND", harness.domain.reasonName(Reasons.UNKNOWN_COMMAND));
    }

    private ModelReply accept(TradingCommand command) {
        ModelReply reply = harness.send(command);
        assertEquals(Reasons.ACCEPTED, reply.reason(), () -> "setup " + command + ": " + reply);
        return reply;
    }

    private void assertRejected(TradingCommand command, int reason) {
        TradingStateDump before = harness.domain.dump();
        long hashBefore = harness.domain.stateHash();
        int eventsBefore = harness.eventCount();
        ModelReply reply = harness.send(command);
        assertEquals(TradingReasons.name(reason), TradingReasons.name(reply.reason()), command.toString());
        assertEquals(eventsBefore, harness.eventCount(), "events emitted by a rejection");
        assertEquals(hashBefore, harness.domain.stateHash());
        assertEquals(before, harness.domain.dump());
    }
}
