package io.ringtail.benchmarks.engine;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.CommandWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Place/cancel end to end in process: producer → ring → writer (trading domain) → Chronicle journal →
 * reply, in {@code async} and {@code sync} durability. Compare with {@code BareRingToJournalBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnginePlaceCancelBenchmark extends EngineUnderLoad {
    /** Finished orders retained for de-duplication (see {@link PlaceCancelWorkload#domain}). */
    @Param({"100000", "1000"})
    public int retention;

    private final PlaceCancelWorkload workload = new PlaceCancelWorkload();
    private final CommandWriter<PlaceCancelWorkload> next = (slot, load) -> load.writeNext(slot);

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void placeOrCancel() {
        publishBatch(next, workload);
    }

    @Override
    protected int retention() {
        return retention;
    }

    @Override
    protected int setupCommands() {
        return PlaceCancelWorkload.ACCOUNTS * 3;
    }

    @Override
    protected void writeSetup(CommandSlot slot, int index) {
        workload.writeSetup(slot, index);
    }
}
