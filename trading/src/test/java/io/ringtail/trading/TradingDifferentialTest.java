package io.ringtail.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.engine.domain.Reasons;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real domain, driven through the real command processor, against the naive reference model. */
class TradingDifferentialTest {
    private static final int COMMANDS = 100_000;
    private static final int CHECK_EVERY = 2_000;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20240601L, 7_777_777L})
    void shouldAgreeWithReferenceModelOnRandomCommands(long seed) {
        // Odd seeds allow short selling, so both risk paths are exercised.
        TradingLimits limits = new TradingLimits(16, 300, 8, 50, seed % 2 == 1 ? 500 : 0);
        TradingHarness harness = new TradingHarness(limits);
        ReferenceTradingModel model = new ReferenceTradingModel(TradingHarness.INSTRUMENTS, limits);
        RandomCommandGenerator generator = new RandomCommandGenerator(seed, model::ownerOf, model::nextOrderId);
        int[] outcomes = new int[64];
        int trades = 0;
        for (int i = 1; i <= COMMANDS; i++) {
            TradingCommand command = generator.next();
            ModelReply expected = model.apply(command);
            ModelReply actual = harness.send(command);
            int reason = actual.reason();
            outcomes[reason]++;
            if (!expected.equals(actual)) {
                assertEquals(expected, actual, "command " + i + " " + command + "\nstate " + model.dump());
            }
            if (i % CHECK_EVERY == 0 || i == COMMANDS) {
                assertEquals(model.dump(), harness.domain.dump(), "state after command " + i);
                assertEquals(model.dump().hash(), harness.domain.stateHash());
                assertReservationsMatchOpenOrders(harness.domain.dump(), i);
            }
        }
        assertEquals(0, harness.counters.internalErrors(), "internal errors");
        // The workload must actually reach the interesting paths, or agreement proves little.
        assertTrue(outcomes[Reasons.ACCEPTED] > COMMANDS / 4, "accepted " + outcomes[Reasons.ACCEPTED]);
        for (int reason = TradingReasons.UNKNOWN_ACCOUNT; reason <= TradingReasons.LAST; reason++) {
            if (reason == TradingReasons.ORDER_OF_OTHER_ACCOUNT) {
                continue; // retired: another account's order is UNKNOWN_ORDER
            }
            assertTrue(outcomes[reason] > 0, "no command was rejected with " + TradingReasons.name(reason));
        }
        assertTrue(harness.domain.dump().nextTradeId() > COMMANDS / 20, "too few trades");
        for (String rule : List.of("FOK filled", "post-only rested", "budget market filled", "protected market filled",
            "budget ran out", "STP CANCEL_NEWEST", "STP CANCEL_OLDEST", "STP CANCEL_BOTH", "STP on amend",
            "mass cancel of several", "budget market filled completely")) {
            // Amends re-match into their own account's orders least often of all: a few per run is what it gets.
            int least = rule.equals("STP on amend") ? 2 : 10;
            assertTrue(model.coverage.getOrDefault(rule, 0) > least, "the workload rarely reached: " + rule + " " + model.coverage);
        }
    }

    /**
     * Between commands every reservation is exactly what the open orders hold: price x open cash for buys,
     * open quantity for sells. Independent of the reference model, so a rule both got wrong (an unreleased
     * budget, say) still shows.
     */
    private static void assertReservationsMatchOpenOrders(TradingStateDump dump, int afterCommand) {
        java.util.Map<Long, Long> cash = new java.util.HashMap<>();
        java.util.Map<String, Long> position = new java.util.HashMap<>();
        for (TradingStateDump.OrderEntry o : dump.orders()) {
            if (OrderStatus.isOpen(o.status())) {
                if (o.side() == Side.BUY) {
                    cash.merge(o.accountId(), o.price() * (o.quantity() - o.filled()), Long::sum);
                } else {
                    position.merge(o.accountId() + "/" + o.symbol(), o.quantity() - o.filled(), Long::sum);
                }
            }
        }
        for (TradingStateDump.AccountEntry a : dump.accounts()) {
            assertEquals(cash.getOrDefault(a.accountId(), 0L), a.reservedCash(),
                "reserved cash of account " + a.accountId() + " after command " + afterCommand);
            for (int s = 0; s < a.reservedPositions().size(); s++) {
                assertEquals(position.getOrDefault(a.accountId() + "/" + s, 0L), a.reservedPositions().get(s),
                    "reserved position of account " + a.accountId() + " in symbol " + s + " after command " + afterCommand);
            }
        }
    }
}
