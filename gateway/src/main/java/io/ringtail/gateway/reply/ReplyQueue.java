package io.ringtail.gateway.reply;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.domain.Reply;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Command outcomes on their way from the writer thread (the only producer) to one event loop (the only
 * consumer). Entries are pre-allocated columns, copied into, never allocated: the writer pays a few stores
 * and one release per reply.
 *
 * <p>Producer and consumer each own one counter and only read the other's. The counters sit on cache lines
 * of their own (128 bytes of padding around each, against adjacent-line prefetch too, as in Agrona's and the
 * Disruptor's queues), so a store to one never invalidates the line the other thread reads; and the producer
 * keeps its last sight of the consumer's head, reading the real one only when that sight says the queue is
 * full. Padding by class hierarchy, because the JVM lays out a superclass's fields before its subclass's.
 */
final class ReplyQueue extends ReplyQueueConsumerSide {
    private static final VarHandle TAIL;
    private static final VarHandle HEAD;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            TAIL = lookup.findVarHandle(ReplyQueueProducerSide.class, "tail", long.class);
            HEAD = lookup.findVarHandle(ReplyQueueConsumerSide.class, "head", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int capacity;
    private final int mask;
    private final long[] correlationIds;
    private final int[] reasons;
    private final long[] versions;
    private final UnsafeBuffer replies;
    /** Consumer-owned window onto one entry's reply bytes, re-wrapped per entry. */
    private final UnsafeBuffer replyView = new UnsafeBuffer(0, 0);

    ReplyQueue(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two >= 2, got " + capacity);
        }
        this.capacity = capacity;
        this.mask = capacity - 1;
        this.correlationIds = new long[capacity];
        this.reasons = new int[capacity];
        this.versions = new long[capacity];
        this.replies = new UnsafeBuffer(new byte[capacity * Reply.CAPACITY]);
    }

    /** Writer thread. @return false when full: the consumer has fallen {@link #capacity} replies behind */
    boolean offer(CommandSlot slot) {
        long t = tail;
        if (t - headCache >= capacity) {
            headCache = (long) HEAD.getAcquire(this);
            if (t - headCache >= capacity) {
                return false;
            }
        }
        int index = (int) (t & mask);
        correlationIds[index] = slot.correlationId();
        reasons[index] = slot.reason();
        versions[index] = slot.version();
        replies.putBytes(index * Reply.CAPACITY, slot.replyBuffer(), 0, Reply.CAPACITY);
        TAIL.setRelease(this, t + 1);
        return true;
    }

    /** Consumer thread: hands every available entry over, then frees their room at once. */
    int drain(Consumer consumer) {
        long h = head;
        long t = (long) TAIL.getAcquire(this);
        for (long i = h; i < t; i++) {
            int index = (int) (i & mask);
            replyView.wrap(replies, index * Reply.CAPACITY, Reply.CAPACITY);
            consumer.accept(correlationIds[index], reasons[index], versions[index], replyView);
        }
        HEAD.setRelease(this, t);
        return (int) (t - h);
    }

    int capacity() {
        return capacity;
    }

    /** Receives one entry; the reply bytes (from offset 0) are valid only during the call. */
    @FunctionalInterface
    interface Consumer {
        void accept(long correlationId, int reason, long version, DirectBuffer reply);
    }
}

/** Keeps the producer's fields off the cache lines of whatever the object header shares a line with. */
@SuppressWarnings("unused")
abstract class ReplyQueueLeftPadding {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** Written by the writer thread only; {@code tail} read by the consumer with acquire. */
abstract class ReplyQueueProducerSide extends ReplyQueueLeftPadding {
    /** Next entry the producer fills; released after the entry is written. */
    long tail;
    /** The producer's last sight of {@code head}: it reads the real one only when this says full. */
    long headCache;
}

@SuppressWarnings("unused")
abstract class ReplyQueueMiddlePadding extends ReplyQueueProducerSide {
    long p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31;
}

/** Written by the event loop only; read by the producer with acquire when its cache says full. */
abstract class ReplyQueueConsumerSide extends ReplyQueueMiddlePadding {
    /** Next entry the consumer hands over; released after the entries before it are consumed. */
    long head;
    @SuppressWarnings("unused")
    long p32, p33, p34, p35, p36, p37, p38, p39, p40, p41, p42, p43, p44, p45, p46, p47;
}
