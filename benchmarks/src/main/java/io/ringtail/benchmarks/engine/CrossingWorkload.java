package io.ringtail.benchmarks.engine;

import io.ringtail.engine.CommandSlot;
import io.ringtail.workload.CrossingStream;

/**
 * A place-only mix that trades ({@link CrossingStream}: in each cycle of three places one account rests a GTC
 * maker of 20 lots, then two other accounts each take 10 lots of it at the same price, so two places in three
 * produce a trade and the maker ends filled; the book never grows), encoded into ring slots in place.
 * Instruments, limits, set-up and encoding are those of {@link PlaceCancelWorkload}.
 */
final class CrossingWorkload {
    private final PlaceCancelWorkload encoder = new PlaceCancelWorkload();
    private final CrossingStream stream = new CrossingStream();

    /** The commands that open and fund the accounts: call until it returns false. */
    boolean writeSetup(CommandSlot slot, int index) {
        return encoder.writeSetup(slot, index);
    }

    void writeNext(CommandSlot slot) {
        writeNext(slot, stream.steps());
    }

    /** As {@link #writeNext(CommandSlot)}, stamped with {@code timestamp} for latency probes. */
    void writeNext(CommandSlot slot, long timestamp) {
        encoder.encode(stream, slot, timestamp);
    }
}
