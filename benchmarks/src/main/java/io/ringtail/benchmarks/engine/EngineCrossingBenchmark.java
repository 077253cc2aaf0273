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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A crossing place mix end to end in process ({@link CrossingWorkload}: two places in three trade), through
 * producer → ring → writer (matching, trade events) → Chronicle journal → reply. Compare with
 * {@code BareRingToJournalBenchmark} and with {@link EnginePlaceCancelBenchmark}, whose places never trade.
 * Every command must be accepted: a rejection would mean the workload, not the engine, was measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineCrossingBenchmark {
    static final int BATCH = 1000;

    @Param({"ASYNC"})
    public String durability;

    @Param({"SLEEPING"})
    public String waitStrategy;

    /** Finished orders retained for de-duplication (see {@link PlaceCancelWorkload#domain}). */
    @Param({"100000"})
    public int retention;

    private final CrossingWorkload workload = new CrossingWorkload();
    private final CommandWriter<CrossingWorkload> next = (slot, load) -> load.writeNext(slot);
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private Path dir;
    private Engine engine;
    private long published;

    @Setup(Level.Trial)
    public void start() {
        dir = BenchmarkFiles.freshDirectory("crossing");
        engine = new Engine(new EngineConfig().dataDirectory(dir)
            .durability(DurabilityMode.valueOf(durability))
            .waitStrategy(WaitStrategyKind.valueOf(waitStrategy)), PlaceCancelWorkload.domain(retention), new Counting());
        int[] index = {0};
        CommandWriter<int[]> setup = (slot, i) -> workload.writeSetup(slot, i[0]);
        while (index[0] < PlaceCancelWorkload.ACCOUNTS * 3) {
            while (!engine.tryPublish(setup, index)) {
                Thread.onSpinWait();
            }
            index[0]++;
            published++;
        }
        drain();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void placeCrossing() {
        for (int i = 0; i < BATCH; i++) {
            while (!engine.tryPublish(next, workload)) {
                Thread.onSpinWait();
            }
        }
        published += BATCH;
    }

    @TearDown(Level.Iteration)
    public void drain() {
        while (replies.get() < published) {
            Thread.onSpinWait();
        }
        if (rejected.get() != 0) {
            throw new IllegalStateException(rejected.get() + " commands were rejected: the workload is broken");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        engine.close();
        BenchmarkFiles.delete(dir);
    }

    /** Counts replies on the writer thread and publishes the count once per batch. */
    private final class Counting implements ReplyListener {
        private long seen;
        private long refused;

        @Override
        public void onReply(CommandSlot slot) {
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
    }
}
