package io.ringtail.peer;

import io.ringtail.workload.CrossingStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** exchange-core on the crossing stream Ringtail's {@code EngineCrossingBenchmark} measures (two places in three trade). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PeerCrossingBenchmark extends PeerUnderLoad {
    private final CrossingStream stream = new CrossingStream();

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void placeCrossing() {
        publishBatch();
    }

    @Override
    protected void sendNext() {
        stream.next(sink);
    }
}
