package io.ringtail.benchmarks.engine;

import io.ringtail.benchmarks.BenchmarkFiles;
import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.CommandWriter;
import io.ringtail.engine.Engine;
import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.ReplyListener;
import io.ringtail.engine.WaitStrategyKind;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.journal.DurabilityMode;
import io.ringtail.workload.FixedRatePacer;
import io.ringtail.workload.LatencyTable;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ringtail's acknowledgement latency at a fixed rate, open loop, for the side-by-side table with exchange-core
 * ({@code io.ringtail.peer.PeerLatencyProbe} prints the other rows): each command is stamped with its planned
 * send time ({@link FixedRatePacer}) and the reply listener records planned time → reply (after the journal
 * commit in ASYNC and SYNC). Retention 100,000; state snapshots captured by a replica domain, as the gateway does.
 *
 * <p>Usage: {@code FixedRateLatencyProbe RATE SECONDS [OFF|ASYNC|SYNC] [placecancel|crossing] [WAIT_STRATEGY] [WARMUP_SECONDS]}
 * (defaults ASYNC, placecancel, SLEEPING — the JMH benchmarks' — and 3).
 */
public final class FixedRateLatencyProbe {
    private FixedRateLatencyProbe() {
    }

    public static void main(String[] args) {
        long rate = Long.parseLong(args[0]);
        int seconds = Integer.parseInt(args[1]);
        String durability = args.length > 2 ? args[2] : "ASYNC";
        String stream = args.length > 3 ? args[3] : "placecancel";
        WaitStrategyKind wait = WaitStrategyKind.valueOf(args.length > 4 ? args[4] : "SLEEPING");
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        Path dir = BenchmarkFiles.freshDirectory("fixed-rate-latency");
        EngineConfig config = new EngineConfig().dataDirectory(dir).waitStrategy(wait);
        if (EngineUnderLoad.OFF.equals(durability)) {
            config.withoutJournal();
        } else {
            config.durability(DurabilityMode.valueOf(durability));
        }
        Recording replies = new Recording();
        PlaceCancelWorkload placeCancel = new PlaceCancelWorkload();
        CrossingWorkload crossing = new CrossingWorkload();
        CommandWriter<long[]> next = switch (stream) {
            case "placecancel" -> (slot, planned) -> placeCancel.writeNext(slot, planned[0]);
            case "crossing" -> (slot, planned) -> crossing.writeNext(slot, planned[0]);
            default -> throw new IllegalArgumentException("stream is placecancel or crossing, not " + stream);
        };
        try (Engine engine = new Engine(config, PlaceCancelWorkload.domain(100_000), PlaceCancelWorkload.domain(100_000), replies)) {
            int[] index = {0};
            CommandWriter<int[]> setup = (slot, i) -> placeCancel.writeSetup(slot, i[0]);
            for (; index[0] < PlaceCancelWorkload.ACCOUNTS * 3; index[0]++) {
                publish(engine, setup, index);
            }
            long sent = index[0];
            replies.await(sent);
            long[] planned = {0};
            FixedRatePacer.Sender send = at -> {
                planned[0] = at;
                publish(engine, next, planned);
            };
            replies.measuring = true;
            FixedRatePacer.run(rate, warmup, send);
            replies.await(sent += rate * warmup);
            replies.latency.getIntervalHistogram();
            long late = FixedRatePacer.run(rate, seconds, send);
            replies.await(sent + rate * seconds);
            Histogram h = replies.latency.getIntervalHistogram();
            System.out.println(LatencyTable.row("Ringtail " + durability + " (" + wait + ")", stream, rate, h.getTotalCount(),
                late, h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue()));
        } finally {
            BenchmarkFiles.delete(dir);
        }
    }

    private static <W> void publish(Engine engine, CommandWriter<W> writer, W argument) {
        while (!engine.tryPublish(writer, argument)) {
            Thread.onSpinWait();
        }
    }

    /** On the writer thread: counts replies and rejections, and records planned send time → reply once measuring. */
    private static final class Recording implements ReplyListener {
        final SingleWriterRecorder latency = new SingleWriterRecorder(3);
        final AtomicLong replies = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        volatile boolean measuring;
        private long seen;
        private long refused;

        @Override
        public void onReply(CommandSlot slot) {
            if (measuring) {
                latency.recordValue(Math.max(0, System.nanoTime() - slot.timestamp()));
            }
            seen++;
            if (slot.reason() != Reasons.ACCEPTED) {
                refused++;
            }
        }

        @Override
        public void onBatchEnd() {
            rejected.lazySet(refused);
            replies.lazySet(seen);
        }

        void await(long count) {
            while (replies.get() < count) {
                Thread.onSpinWait();
            }
            if (rejected.get() != 0) {
                throw new IllegalStateException(rejected.get() + " commands were rejected: the workload is broken");
            }
        }
    }
}
