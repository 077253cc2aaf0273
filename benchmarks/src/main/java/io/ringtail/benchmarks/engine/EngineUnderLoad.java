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
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the end-to-end engine benchmarks share: an engine on a scratch journal with the workload's accounts
 * set up, publishing that waits for room, and a drain after each iteration that also fails the run if any
 * command was rejected (then the workload, not the engine, would have been measured). Durability
 * {@code OFF} runs the engine with no journal. Subclasses hold the
 * workload and its retention {@code @Param}; JMH runs the inherited {@code @Setup}/{@code @TearDown} methods.
 */
@State(Scope.Benchmark)
public abstract class EngineUnderLoad {
    static final int BATCH = 1000;
    /** The durability parameter value that runs the engine with no journal, to see what the journal costs. */
    static final String OFF = "OFF";

    /** ASYNC and SYNC journal durability, or OFF for no journal at all. */
    @Param({"ASYNC", "SYNC", "OFF"})
    public String durability;

    @Param({"SLEEPING"})
    public String waitStrategy;

    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private Path dir;
    protected Engine engine;
    private long published;

    protected abstract int retention();

    /** How many setup commands (accounts, funding) the workload needs before the measurement. */
    protected abstract int setupCommands();

    /** Writes setup command {@code index}, 0 ≤ index &lt; {@link #setupCommands()}. */
    protected abstract void writeSetup(CommandSlot slot, int index);

    @Setup(Level.Trial)
    public void start() {
        dir = BenchmarkFiles.freshDirectory(getClass().getSimpleName());
        EngineConfig config = new EngineConfig().dataDirectory(dir)
            .waitStrategy(WaitStrategyKind.valueOf(waitStrategy));
        if (OFF.equals(durability)) {
            config.withoutJournal();
        } else {
            config.durability(DurabilityMode.valueOf(durability));
        }
        engine = new Engine(config, PlaceCancelWorkload.domain(retention()), new Counting());
        int[] index = {0};
        CommandWriter<int[]> setup = (slot, i) -> writeSetup(slot, i[0]);
        for (; index[0] < setupCommands(); index[0]++) {
            while (!engine.tryPublish(setup, index)) {
                Thread.onSpinWait();
            }
            published++;
        }
        drain();
    }

    /** Publishes {@link #BATCH} commands, waiting for room in the ring: throughput is the writer's. */
    protected <W> void publishBatch(CommandWriter<W> writer, W workload) {
        for (int i = 0; i < BATCH; i++) {
            while (!engine.tryPublish(writer, workload)) {
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
