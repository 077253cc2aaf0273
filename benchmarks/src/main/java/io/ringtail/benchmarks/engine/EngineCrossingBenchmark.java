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
 * A crossing place mix end to end in process ({@link CrossingWorkload}: two places in three trade), through
 * producer → ring → writer (matching, trade events) → Chronicle journal → reply. Compare with
 * {@code BareRingToJournalBenchmark} and with {@link EnginePlaceCancelBenchmark}, whose places never trade.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineCrossingBenchmark extends EngineUnderLoad {
    /** Finished orders retained for de-duplication (see {@link PlaceCancelWorkload#domain}). */
    @Param({"100000"})
    public int retention;

    private final CrossingWorkload workload = new CrossingWorkload();
    private final CommandWriter<CrossingWorkload> next = (slot, load) -> load.writeNext(slot);

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void placeCrossing() {
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
