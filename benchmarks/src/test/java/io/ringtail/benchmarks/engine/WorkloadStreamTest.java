package io.ringtail.benchmarks.engine;

import io.ringtail.engine.CommandSlot;
import io.ringtail.trading.TradingCommandEncoder;
import io.ringtail.trading.TradingCommandType;
import org.junit.jupiter.api.Test;

import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The benchmark streams are pinned: the commands they encode (type, timestamp and payload bytes of the setup and
 * of the first steps) hash to the values recorded before the streams moved into the dependency-free
 * {@code workload} module, so Ringtail measures exactly the stream it measured before, and the peer the same.
 * Layouts that grew since (OPEN_ACCOUNT's self-trade prevention byte, PLACE_ORDER's order-type block,
 * CANCEL_ORDER's requester block) grew at their end, so the hash covers each command's original fields: the
 * fields the stream chooses, at the offsets they had when the values were recorded.
 */
class WorkloadStreamTest {
    private static final int STEPS = 20_000;
    /** Recorded at 6a886ba, from the streams as PlaceCancelWorkload and CrossingWorkload wrote them then. */
    private static final long SETUP_CRC = 196715755L;
    private static final long PLACE_CANCEL_CRC = 3792457959L;
    private static final long CROSSING_CRC = 3860513400L;

    @Test
    void placeCancelStreamIsTheOneRecorded() {
        PlaceCancelWorkload workload = new PlaceCancelWorkload();
        long[] crcs = crcs(workload::writeSetup, workload::writeNext);
        assertEquals(SETUP_CRC, crcs[0], "setup");
        assertEquals(PLACE_CANCEL_CRC, crcs[1], "place/cancel steps");
    }

    @Test
    void crossingStreamIsTheOneRecorded() {
        CrossingWorkload workload = new CrossingWorkload();
        long[] crcs = crcs(workload::writeSetup, workload::writeNext);
        assertEquals(SETUP_CRC, crcs[0], "setup");
        assertEquals(CROSSING_CRC, crcs[1], "crossing steps");
    }

    /** The CRCs of a workload's setup and of its first {@link #STEPS} steps. */
    private static long[] crcs(BiPredicate<CommandSlot, Integer> setupStep, Consumer<CommandSlot> nextStep) {
        CommandSlot slot = new CommandSlot();
        CRC32 setup = new CRC32();
        for (int i = 0; setupStep.test(slot, i); i++) {
            add(setup, slot);
        }
        CRC32 steps = new CRC32();
        for (int i = 0; i < STEPS; i++) {
            nextStep.accept(slot);
            add(steps, slot);
        }
        return new long[] {setup.getValue(), steps.getValue()};
    }

    private static void add(CRC32 crc, CommandSlot slot) {
        byte[] bytes = new byte[Math.min(slot.length(), recordedLength(slot.type()))];
        slot.buffer().getBytes(0, bytes);
        crc.update(slot.type());
        crc.update(Long.toString(slot.timestamp()).getBytes());
        crc.update(bytes);
    }

    /** A command type's payload length when the values were recorded: its original fields. */
    private static int recordedLength(int type) {
        return switch (type) {
            case TradingCommandType.OPEN_ACCOUNT -> TradingCommandEncoder.OPEN_ACCOUNT_STP_OFFSET;
            case TradingCommandType.PLACE_ORDER -> TradingCommandEncoder.PLACE_ORDER_TYPE_OFFSET;
            case TradingCommandType.CANCEL_ORDER -> TradingCommandEncoder.CANCEL_REQUESTER_OFFSET;
            default -> Integer.MAX_VALUE;
        };
    }
}
