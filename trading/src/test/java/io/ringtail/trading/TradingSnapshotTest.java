package io.ringtail.trading;

import static io.ringtail.trading.TradingCommand.openAccount;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.engine.domain.SnapshotCodec;
import java.util.List;
import java.util.SplittableRandom;
import org.agrona.ExpandableDirectByteBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Snapshot and restore of the trading state on seeded random workloads: a domain restored from a snapshot
 * must hash like the live one and, fed the same commands afterwards, answer and journal exactly the same.
 */
class TradingSnapshotTest {
    private static final int COMMANDS = 40_000;
    private static final int SNAPSHOTS = 12;
    private static final int LOCKSTEP_COMMANDS = 1_500;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5L, 77L, 31_337L})
    void shouldRestoreStateThatContinuesExactlyLikeTheLiveOne(long seed) {
        TradingLimits limits = new TradingLimits(16, 300, 8, 50, seed % 2 == 1 ? 500 : 0);
        TradingHarness live = new TradingHarness(limits);
        ReferenceTradingModel model = new ReferenceTradingModel(TradingHarness.INSTRUMENTS, limits);
        RandomCommandGenerator generator = new RandomCommandGenerator(seed, model::ownerOf, model::nextOrderId);
        SplittableRandom points = new SplittableRandom(seed * 31 + 7);
        // One staging buffer for every capture, as the engine reuses it: stale bytes from a larger earlier
        // snapshot must not leak into a smaller one.
        ExpandableDirectByteBuffer staging = new ExpandableDirectByteBuffer(64);
        SnapshotCodec liveCodec = live.domain.snapshotCodec().orElseThrow();
        TradingDomain reused = new TradingDomain(TradingHarness.INSTRUMENTS, limits);

        int snapshots = 0;
        for (int i = 0; i < COMMANDS; i++) {
            TradingCommand command = generator.next();
            model.apply(command);
            live.send(command);
            if (points.nextInt(COMMANDS / SNAPSHOTS) != 0) {
                continue;
            }
            snapshots++;
            long hashBefore = live.domain.stateHash();
            int length = liveCodec.write(staging);
            assertEquals(hashBefore, live.domain.stateHash(), "writing a snapshot must not change the state");

            TradingHarness restored = live.successor(limits);
            restored.domain.reset();
            restored.domain.snapshotCodec().orElseThrow().read(staging, length, liveCodec.formatVersion());
            assertEquals(live.domain.dump(), restored.domain.dump(), "restored state after command " + i);
            assertEquals(hashBefore, restored.domain.stateHash());

            // A domain that already holds state restores the same once reset.
            reused.reset();
            reused.snapshotCodec().orElseThrow().read(staging, length, liveCodec.formatVersion());
            assertEquals(hashBefore, reused.stateHash());

            int liveEntries = live.entryCount();
            for (int j = 0; j < LOCKSTEP_COMMANDS; j++, i++) {
                TradingCommand next = generator.next();
                model.apply(next);
                ModelReply expected = live.send(next);
                assertEquals(expected, restored.send(next), "command " + j + " after the snapshot: " + next);
            }
            assertEntriesEqual(live.entriesSince(liveEntries), restored.entriesSince(0));
            assertEquals(live.domain.dump(), restored.domain.dump());
        }
        assertTrue(snapshots >= SNAPSHOTS / 3, "too few snapshot points: " + snapshots);
        assertTrue(live.domain.dump().retainedTerminalOrders().size() == limits.terminalOrderRetention(),
            "the workload must fill the retention queue so that restored retirement is exercised");
    }

    @ParameterizedTest(name = "cut at {0} bytes from the end")
    @ValueSource(ints = {1, 8, 100})
    void shouldRefuseTruncatedPayload(int cut) {
        TradingHarness live = populated();
        ExpandableDirectByteBuffer staging = new ExpandableDirectByteBuffer(64);
        int length = live.domain.snapshotCodec().orElseThrow().write(staging);
        TradingDomain target = new TradingDomain(TradingHarness.INSTRUMENTS, TradingHarness.smallLimits());
        target.reset();
        assertThrows(IllegalStateException.class,
            () -> target.snapshotCodec().orElseThrow().read(staging, length - cut, TradingSnapshotCodec.FORMAT_VERSION));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"other instruments", "smaller capacity", "unknown format"})
    void shouldRefuseSnapshotThatDoesNotFitTheConfiguration(String mismatch) {
        TradingHarness live = populated();
        ExpandableDirectByteBuffer staging = new ExpandableDirectByteBuffer(64);
        int length = live.domain.snapshotCodec().orElseThrow().write(staging);
        TradingDomain target = switch (mismatch) {
            case "other instruments" -> new TradingDomain(
                List.of(new Instrument("ACME", 5, 10), new Instrument("BOLT", 2, 1)), TradingHarness.smallLimits());
            case "smaller capacity" -> new TradingDomain(TradingHarness.INSTRUMENTS, new TradingLimits(2, 300, 8, 50, 0));
            default -> new TradingDomain(TradingHarness.INSTRUMENTS, TradingHarness.smallLimits());
        };
        int version = mismatch.equals("unknown format") ? TradingSnapshotCodec.FORMAT_VERSION + 1 : TradingSnapshotCodec.FORMAT_VERSION;
        target.reset();
        assertThrows(IllegalStateException.class,
            () -> target.snapshotCodec().orElseThrow().read(new UnsafeBuffer(staging, 0, length), length, version));
    }

    private static TradingHarness populated() {
        TradingHarness harness = new TradingHarness(TradingHarness.smallLimits());
        for (long account = 1; account <= 4; account++) {
            harness.send(openAccount(account, 1_000_000));
        }
        RandomCommandGenerator generator = new RandomCommandGenerator(11, id -> null, () -> 1);
        for (int i = 0; i < 500; i++) {
            harness.send(generator.next());
        }
        assertNotEquals(new TradingDomain(TradingHarness.INSTRUMENTS, TradingHarness.smallLimits()).stateHash(),
            harness.domain.stateHash());
        return harness;
    }

    private static void assertEntriesEqual(List<byte[]> expected, List<byte[]> actual) {
        assertEquals(expected.size(), actual.size(), "journaled entries");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "entry " + i);
        }
    }
}
