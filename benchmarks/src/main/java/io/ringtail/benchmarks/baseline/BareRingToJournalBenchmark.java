package io.ringtail.benchmarks.baseline;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import io.ringtail.benchmarks.BenchmarkFiles;
import io.ringtail.engine.WaitStrategyKind;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
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

/**
 * Baseline for the engine end to end: producer → Disruptor (multi-producer sequencer) → one thread
 * appending the slot's bytes to Chronicle Queue. The engine adds decoding, domain logic, staging,
 * checksums and replies on top of exactly this.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BareRingToJournalBenchmark {
    static final int BATCH = 1000;

    @Param({"SLEEPING", "YIELDING"})
    public String waitStrategy;

    private Path dir;
    private ChronicleQueue queue;
    private RingBuffer<BaselineSlot> ring;
    private BatchEventProcessor<BaselineSlot> consumer;
    private Thread thread;

    @Setup(Level.Trial)
    public void start() {
        dir = BenchmarkFiles.freshDirectory("bare-pipeline");
        queue = SingleChronicleQueueBuilder.single(dir.toFile()).rollCycle(RollCycles.FAST_DAILY).build();
        ring = RingBuffer.createMultiProducer(BaselineSlot::new, 16 * 1024, WaitStrategyKind.valueOf(waitStrategy).create());
        consumer = new BatchEventProcessorBuilder().build(ring, ring.newBarrier(), new Appending(queue));
        ring.addGatingSequences(consumer.getSequence());
        thread = new Thread(consumer, "bare-pipeline-writer");
        thread.start();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void publish() {
        for (int i = 0; i < BATCH; i++) {
            long sequence = ring.next();
            ring.get(sequence).payload.putLong(0, i);
            ring.publish(sequence);
        }
    }

    @TearDown(Level.Iteration)
    public void drain() {
        while (consumer.getSequence().get() < ring.getCursor()) {
            Thread.onSpinWait();
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        drain();
        consumer.halt();
        thread.join();
        queue.close();
        BenchmarkFiles.delete(dir);
    }

    /** The appender is created on, and used only by, the consumer thread, as Chronicle requires. */
    private static final class Appending implements EventHandler<BaselineSlot> {
        private final ChronicleQueue queue;
        private ExcerptAppender appender;

        Appending(ChronicleQueue queue) {
            this.queue = queue;
        }

        @Override
        public void onStart() {
            appender = queue.createAppender();
        }

        @Override
        public void onEvent(BaselineSlot slot, long sequence, boolean endOfBatch) {
            try (DocumentContext dc = appender.writingDocument()) {
                dc.wire().bytes().write(slot.payload.byteArray(), 0, BaselineSlot.MESSAGE_BYTES);
            }
        }

        @Override
        public void onShutdown() {
            appender.close();
        }
    }
}
