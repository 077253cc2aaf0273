package io.ringtail.peer;

import exchange.core2.core.common.cmd.CommandResultCode;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.cmd.OrderCommandType;
import org.HdrHistogram.SingleWriterRecorder;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ObjLongConsumer;

/**
 * exchange-core's results consumer for the measured commands (places and cancels; set-up and its internal
 * commands are left out): counts every result by its code, so a rejected command is seen and never inflates a
 * figure, and, when asked, records each result's latency from the command's timestamp, which the latency probe
 * sets to the planned send time. Runs on exchange-core's results thread; the producer reads {@link #completed()}.
 */
final class ResultCounter implements ObjLongConsumer<OrderCommand> {
    private static final CommandResultCode[] CODES = CommandResultCode.values();

    private final long[] byCode = new long[CODES.length];
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile SingleWriterRecorder latency;
    private long seen;
    private long refused;

    @Override
    public void accept(OrderCommand cmd, long sequence) {
        OrderCommandType type = cmd.command;
        if (type != OrderCommandType.PLACE_ORDER && type != OrderCommandType.CANCEL_ORDER) {
            return;
        }
        SingleWriterRecorder recorder = latency;
        if (recorder != null) {
            recorder.recordValue(Math.max(0, System.nanoTime() - cmd.timestamp));
        }
        byCode[cmd.resultCode.ordinal()]++;
        if (cmd.resultCode != CommandResultCode.SUCCESS) {
            rejected.lazySet(++refused);
        }
        completed.lazySet(++seen);
    }

    /** Places and cancels that have a result. */
    long completed() {
        return completed.get();
    }

    /** Places and cancels whose result was not SUCCESS. */
    long rejected() {
        return rejected.get();
    }

    /** Records latency from now on (command timestamp = planned send time, {@link System#nanoTime()}). */
    void recordLatency(SingleWriterRecorder recorder) {
        latency = recorder;
    }

    /** Results by code, read after the producer has seen {@link #completed()} reach what it sent. */
    Map<CommandResultCode, Long> byCode() {
        Map<CommandResultCode, Long> counts = new EnumMap<>(CommandResultCode.class);
        for (int i = 0; i < CODES.length; i++) {
            if (byCode[i] != 0) {
                counts.put(CODES[i], byCode[i]);
            }
        }
        return counts;
    }

    /** Waits until {@code sent} results are in, then fails if any was a rejection. */
    void awaitAllAccepted(long sent) {
        while (completed() < sent) {
            Thread.onSpinWait();
        }
        if (rejected() != 0) {
            throw new IllegalStateException(rejected() + " of " + sent + " exchange-core commands were not SUCCESS "
                + byCode() + ": the stream, not the engine, would be measured");
        }
    }
}
