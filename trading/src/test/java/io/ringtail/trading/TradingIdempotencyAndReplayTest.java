package io.ringtail.trading;

import static io.ringtail.trading.TradingCommand.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.engine.domain.Reasons;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradingIdempotencyAndReplayTest {
    private static final int ACME = 0;

    @Test
    void shouldAnswerRetryWithOriginalReplyAndEmitNothing() {
        TradingHarness harness = new TradingHarness(TradingHarness.smallLimits());
        harness.send(openAccount(1, 1_000_000));
        harness.send(openAccount(2, 0));
        harness.send(position(TradingCommandType.DEPOSIT_POSITION, 2, ACME, 100));
        harness.send(place(2, "s", ACME, Side.SELL, 100, 30, TimeInForce.GTC));
        ModelReply original = harness.send(place(1, "retry-me", ACME, Side.BUY, 100, 50, TimeInForce.GTC));
        assertEquals(OrderStatus.PARTIALLY_FILLED, original.status());
        // The order moves on after the original reply; the retry must still see the reply as it was.
        harness.send(place(2, "s2", ACME, Side.SELL, 100, 10, TimeInForce.GTC));
        int eventsBefore = harness.eventCount();
        long hashBefore = harness.domain.stateHash();

        ModelReply retry = harness.send(place(1, "retry-me", ACME, Side.BUY, 100, 50, TimeInForce.GTC));

        assertEquals(new ModelReply(Reasons.ACCEPTED, original.version(), original.orderId(), original.status(),
            original.filled(), true), retry);
        assertEquals(eventsBefore, harness.eventCount());
        assertEquals(hashBefore, harness.domain.stateHash());
        ModelReply otherAccount = harness.send(place(2, "retry-me", ACME, Side.SELL, 100, 10, TimeInForce.GTC));
        assertNotEquals(original.orderId(), otherAccount.orderId(), "clientOrderIds are per account");
    }

    @Test
    void shouldReevaluateRetryOfRejectedOrder() {
        TradingHarness harness = new TradingHarness(TradingHarness.smallLimits());
        harness.send(openAccount(1, 0));
        TradingCommand order = place(1, "poor", ACME, Side.BUY, 100, 10, TimeInForce.GTC);
        assertEquals(TradingReasons.INSUFFICIENT_BUYING_POWER, harness.send(order).reason());
        harness.send(cash(TradingCommandType.DEPOSIT_CASH, 1, 1_000));
        assertEquals(Reasons.ACCEPTED, harness.send(order).reason());
    }

    @Test
    void shouldForgetClientOrderIdOnceItsOrderIsRetired() {
        TradingHarness harness = new TradingHarness(new TradingLimits(4, 10, 4, 1, 0));
        harness.send(openAccount(1, 1_000_000));
        TradingCommand first = place(1, "ioc-1", ACME, Side.BUY, 100, 10, TimeInForce.IOC);
        long firstId = harness.send(first).orderId();
        assertEquals(firstId, harness.send(first).orderId(), "remembered while retained");
        harness.send(place(1, "ioc-2", ACME, Side.BUY, 100, 10, TimeInForce.IOC));
        ModelReply afterRetirement = harness.send(first);
        assertEquals(false, afterRetirement.duplicate());
        assertNotEquals(firstId, afterRetirement.orderId());
    }

    @Test
    void shouldRebuildIdenticalStateByReplayingCapturedEvents() {
        for (long seed : List.of(3L, 99L)) {
            TradingLimits limits = new TradingLimits(16, 300, 8, 50, seed == 3L ? 500 : 0);
            TradingHarness live = new TradingHarness(limits);
            ReferenceTradingModel model = new ReferenceTradingModel(TradingHarness.INSTRUMENTS, limits);
            RandomCommandGenerator generator = new RandomCommandGenerator(seed, model::ownerOf, model::nextOrderId);
            for (int i = 0; i < 30_000; i++) {
                TradingCommand command = generator.next();
                model.apply(command);
                live.send(command);
            }
            assertTrue(live.eventCount() > 10_000, "events " + live.eventCount());
            TradingDomain replayed = new TradingDomain(TradingHarness.INSTRUMENTS, limits);
            replayed.reset();
            live.replayInto(replayed);
            assertEquals(live.domain.dump(), replayed.dump());
            assertEquals(live.domain.stateHash(), replayed.stateHash());

            // reset() really empties: replaying again into the used domain gives the same state once more.
            replayed.reset();
            assertEquals(new TradingDomain(TradingHarness.INSTRUMENTS, limits).dump(), replayed.dump());
            live.replayInto(replayed);
            assertEquals(live.domain.dump(), replayed.dump());
        }
    }
}
