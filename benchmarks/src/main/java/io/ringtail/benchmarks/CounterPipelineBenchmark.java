package io.ringtail.benchmarks;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.CommandWriter;
import io.ringtail.engine.Engine;
import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.ReplyListener;
import io.ringtail.engine.WaitStrategyKind;
import io.ringtail.engine.counter.CounterDomain;
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
 * The engine's own overhead with the smallest possible domain (one 16-byte event per command): ring →
 * writer → journal → reply, compared with {@code BareRingToJournalBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CounterPipelineBenchmark {
    static final int BATCH = 1000;

    @Param({"ASYNC", "SYNC"})
    public String durability;

    @Param({"SLEEPING"})
    public String waitStrategy;

    private static final CommandWriter<Long> ADD_ONE = (slot, counter) -> {
        int length = CounterDomain.encode(slot.payload(), counter, 1);
        slot.request(CounterDomain.ADD, length, 0, 0, null, 0);
    };

    private Path dir;
    private Engine engine;
    private final AtomicLong replies = new AtomicLong();
    private long published;

    @Setup(Level.Trial)
    public void start() {
        dir = BenchmarkFiles.freshDirectory("counter-pipeline");
        ReplyListener counting = new ReplyListener() {
            private long seen;

            @Override
            public void onReply(CommandSlot slot) {
                seen++;
            }

            @Override
            public void onBatchEnd() {
                replies.lazySet(seen);
            }
        };
        engine = new Engine(new EngineConfig().dataDirectory(dir)
            .durability(DurabilityMode.valueOf(durability))
            .waitStrategy(WaitStrategyKind.valueOf(waitStrategy)), new CounterDomain(), counting);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void addThroughEngine() {
        for (int i = 0; i < BATCH; i++) {
            Long counter = (long) (i & 63);
            while (!engine.tryPublish(ADD_ONE, counter)) {
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
    }

    @TearDown(Level.Trial)
    public void stop() {
        engine.close();
        BenchmarkFiles.delete(dir);
    }
}
