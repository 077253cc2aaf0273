package io.ringtail.peer;

import io.ringtail.workload.PlaceCancelStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** exchange-core on the place/cancel stream Ringtail's {@code EnginePlaceCancelBenchmark} measures. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PeerPlaceCancelBenchmark extends PeerUnderLoad {
    private final PlaceCancelStream stream = new PlaceCancelStream();

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void placeOrCancel() {
        publishBatch();
    }

    @Override
    protected void sendNext() {
        stream.next(sink);
    }
}
