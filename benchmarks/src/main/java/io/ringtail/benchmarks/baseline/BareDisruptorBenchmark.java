package io.ringtail.benchmarks.baseline;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import io.ringtail.engine.WaitStrategyKind;
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

import java.util.concurrent.TimeUnit;

/**
 * Baseline: one producer, one consumer, multi-producer sequencer (as the engine's ring), the same slot
 * size and wait strategy; the consumer only reads a field. Nothing Ringtail adds is here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BareDisruptorBenchmark {
    static final int BATCH = 1000;

    @Param({"SLEEPING", "YIELDING"})
    public String waitStrategy;

    private RingBuffer<BaselineSlot> ring;
    private BatchEventProcessor<BaselineSlot> consumer;
    private Thread thread;
    private long sink;

    @Setup(Level.Trial)
    public void start() {
        ring = RingBuffer.createMultiProducer(BaselineSlot::new, 16 * 1024, WaitStrategyKind.valueOf(waitStrategy).create());
        EventHandler<BaselineSlot> handler = (slot, sequence, endOfBatch) -> sink += slot.payload.getLong(0);
        consumer = new BatchEventProcessorBuilder().build(ring, ring.newBarrier(), handler);
        ring.addGatingSequences(consumer.getSequence());
        thread = new Thread(consumer, "bare-consumer");
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
    }
}
