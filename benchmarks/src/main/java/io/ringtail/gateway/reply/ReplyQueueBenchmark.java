package io.ringtail.gateway.reply;

import io.ringtail.engine.CommandSlot;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Replies handed from one producer thread (the writer) to one consumer thread (an event loop) through
 * {@link ReplyQueue}, against its {@link AdjacentCountersReplyQueue BASELINE} before padding, in the same run.
 * The figure that counts is {@code delivered}: replies the consumer took per microsecond. Neither side waits
 * (an offer to a full queue and a drain of an empty one return at once), so the figures of the two methods
 * themselves count attempts, not replies.
 *
 * <pre>
 * java @config/jvm.options -cp ... org.openjdk.jmh.Main ReplyQueueBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsPrepend = {"-Xmx512m"})
public class ReplyQueueBenchmark {
    private static final ReplyQueue.Consumer PADDED_SINK = (id, reason, version, reply) -> { };
    private static final AdjacentCountersReplyQueue.Consumer ADJACENT_SINK = (id, reason, version, reply) -> { };

    @State(Scope.Group)
    public static class Padded {
        @Param({"1024"})
        int capacity;
        ReplyQueue queue;

        @Setup
        public void setUp() {
            queue = new ReplyQueue(capacity);
        }
    }

    @State(Scope.Group)
    public static class Adjacent {
        @Param({"1024"})
        int capacity;
        AdjacentCountersReplyQueue queue;

        @Setup
        public void setUp() {
            queue = new AdjacentCountersReplyQueue(capacity);
        }
    }

    @State(Scope.Thread)
    public static class PaddedAlone {
        final ReplyQueue queue = new ReplyQueue(1024);
    }

    @State(Scope.Thread)
    public static class AdjacentAlone {
        final AdjacentCountersReplyQueue queue = new AdjacentCountersReplyQueue(1024);
    }

    /** Replies the consumer took, summed over the iteration by JMH. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Delivered {
        public long delivered;
    }

    @State(Scope.Thread)
    public static class Producer {
        final CommandSlot slot = new CommandSlot();
        long correlationId;

        CommandSlot next() {
            slot.request(1, 0, 0, 0, null, ++correlationId);
            return slot;
        }
    }

    /** One thread offers and drains: the cost of the code path itself, with no other core involved. */
    @Benchmark
    public int paddedSameThread(PaddedAlone state, Producer producer) {
        state.queue.offer(producer.next());
        return state.queue.drain(PADDED_SINK);
    }

    @Benchmark
    public int adjacentSameThread(AdjacentAlone state, Producer producer) {
        state.queue.offer(producer.next());
        return state.queue.drain(ADJACENT_SINK);
    }

    @Benchmark
    @Group("padded")
    @GroupThreads(1)
    public boolean paddedOffer(Padded state, Producer producer) {
        return state.queue.offer(producer.next());
    }

    @Benchmark
    @Group("padded")
    @GroupThreads(1)
    public void paddedDrain(Padded state, Delivered delivered) {
        delivered.delivered += state.queue.drain(PADDED_SINK);
    }

    @Benchmark
    @Group("adjacent")
    @GroupThreads(1)
    public boolean adjacentOffer(Adjacent state, Producer producer) {
        return state.queue.offer(producer.next());
    }

    @Benchmark
    @Group("adjacent")
    @GroupThreads(1)
    public void adjacentDrain(Adjacent state, Delivered delivered) {
        delivered.delivered += state.queue.drain(ADJACENT_SINK);
    }
}
