package io.ringtail.trading;

import static io.ringtail.trading.TradingCommand.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ringtail.engine.domain.Reasons;
import org.junit.jupiter.api.Test;

/**
 * A mass cancel is one command, so one journal entry: an account with more open orders than one entry can
 * hold gets COMMAND_TOO_LARGE for the unfiltered cancel, with nothing changed, and can cancel them in parts.
 */
class TradingMassCancelSizeTest {
    private static final int ACME = 0;
    private static final int BOLT = 1;
    private static final int PER_SYMBOL = 30_000;

    @Test
    void shouldRefuseAMassCancelTooLargeForOneEntryAndTakeItInParts() {
        TradingHarness harness = new TradingHarness(new TradingLimits(4, 2 * PER_SYMBOL + 10, 4_096, 0, 0));
        assertEquals(Reasons.ACCEPTED, harness.send(openAccount(1, 1_000_000_000_000L)).reason());
        for (int i = 0; i < PER_SYMBOL; i++) {
            // ACME's tick is 5 and lot 10; BOLT's 1 and 1. Prices cycle over 1,000 levels per book.
            assertEquals(Reasons.ACCEPTED, harness.send(
                place(1, "a" + i, ACME, Side.BUY, 5L * (1 + i % 1_000), 10, TimeInForce.GTC)).reason());
            assertEquals(Reasons.ACCEPTED, harness.send(
                place(1, "b" + i, BOLT, Side.BUY, 1 + i % 1_000, 1, TimeInForce.GTC)).reason());
        }
        int events = harness.eventCount();
        long reserved = harness.domain.dump().accounts().get(0).reservedCash();

        ModelReply all = harness.send(massCancel(1, TradingCommandEncoder.ALL_SYMBOLS, TradingCommandEncoder.BOTH_SIDES));
        assertEquals("COMMAND_TOO_LARGE", TradingReasons.name(all.reason()));
        assertEquals(events, harness.eventCount(), "nothing journaled");
        assertEquals(reserved, harness.domain.dump().accounts().get(0).reservedCash(), "nothing released");
        assertEquals(2 * PER_SYMBOL, openOrders(harness), "every order still open");

        ModelReply acme = harness.send(massCancel(1, ACME, TradingCommandEncoder.BOTH_SIDES));
        assertEquals(Reasons.ACCEPTED, acme.reason());
        assertEquals(PER_SYMBOL, acme.orderId(), "the reply carries how many were cancelled");
        ModelReply rest = harness.send(massCancel(1, TradingCommandEncoder.ALL_SYMBOLS, TradingCommandEncoder.BOTH_SIDES));
        assertEquals(Reasons.ACCEPTED, rest.reason());
        assertEquals(0, openOrders(harness));
        assertEquals(0, harness.domain.dump().accounts().get(0).reservedCash());
    }

    private static long openOrders(TradingHarness harness) {
        return harness.domain.dump().orders().stream().filter(o -> OrderStatus.isOpen(o.status())).count();
    }
}
