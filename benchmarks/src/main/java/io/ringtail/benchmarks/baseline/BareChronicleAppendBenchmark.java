package io.ringtail.benchmarks.baseline;

import io.ringtail.benchmarks.BenchmarkFiles;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Baseline: one Chronicle Queue appender writing {@link BaselineSlot#MESSAGE_BYTES} raw bytes per document. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BareChronicleAppendBenchmark {
    private Path dir;
    private ChronicleQueue queue;
    private ExcerptAppender appender;
    private final BaselineSlot message = new BaselineSlot();

    @Setup(Level.Trial)
    public void open() {
        dir = BenchmarkFiles.freshDirectory("bare-cq");
        queue = SingleChronicleQueueBuilder.single(dir.toFile()).rollCycle(RollCycles.FAST_DAILY).build();
        appender = queue.createAppender();
    }

    @Benchmark
    public void append() {
        try (DocumentContext dc = appender.writingDocument()) {
            Bytes<?> bytes = dc.wire().bytes();
            bytes.write(message.payload.byteArray(), 0, BaselineSlot.MESSAGE_BYTES);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        appender.close();
        queue.close();
        BenchmarkFiles.delete(dir);
    }
}
