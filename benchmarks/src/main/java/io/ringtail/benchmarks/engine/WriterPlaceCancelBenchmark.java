package io.ringtail.benchmarks.engine;

import io.ringtail.engine.CommandProcessor;
import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.DiscardingJournalAppender;
import io.ringtail.engine.WriterCounters;
import io.ringtail.engine.domain.Reasons;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The writer's work alone, on one thread: decide, apply and stage each place/cancel, with a journal that
 * keeps nothing and no ring. The gap to {@link EnginePlaceCancelBenchmark} is what the ring and the
 * journal cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WriterPlaceCancelBenchmark {
    /** Finished orders retained for de-duplication (see {@link PlaceCancelWorkload#domain}). */
    @Param({"100000", "1000"})
    public int retention;

    private final PlaceCancelWorkload workload = new PlaceCancelWorkload();
    private final CommandSlot slot = new CommandSlot();
    private CommandProcessor processor;

    @Setup(Level.Trial)
    public void setUp() {
        processor = new CommandProcessor(PlaceCancelWorkload.domain(retention), new DiscardingJournalAppender(), () -> {
            throw new IllegalStateException("the discarding journal cannot rebuild");
        }, 0, 0, new WriterCounters());
        for (int i = 0; workload.writeSetup(slot, i); i++) {
            processor.process(slot);
        }
    }

    @Benchmark
    public int placeOrCancel() {
        workload.writeNext(slot);
        processor.process(slot);
        if (slot.reason() != Reasons.ACCEPTED) {
            throw new IllegalStateException("rejected with reason " + slot.reason() + ": the workload is broken");
        }
        return slot.reason();
    }
}
