package io.ringtail.gateway.reply;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.domain.Reply;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.concurrent.atomic.AtomicLong;

/**
 * BASELINE for {@code ReplyQueueBenchmark}: {@link ReplyQueue} as it was before its counters were padded apart
 * (issue #21), head and tail in two {@code AtomicLong}s allocated side by side and the producer reading the
 * consumer's head on every offer. Kept only to measure against, in the same JMH run.
 *
 * <p>Was:
 * Command outcomes on their way from the writer thread (the only producer) to one event loop (the only
 * consumer). Entries are pre-allocated columns, copied into, never allocated: the writer pays a few stores
 * and one release per reply. Producer and consumer each own one counter and only read the other's.
 */
final class AdjacentCountersReplyQueue {
    private final int capacity;
    private final int mask;
    private final long[] correlationIds;
    private final int[] reasons;
    private final long[] versions;
    private final UnsafeBuffer replies;
    /** Consumer-owned window onto one entry's reply bytes, re-wrapped per entry. */
    private final UnsafeBuffer replyView = new UnsafeBuffer(0, 0);
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();

    AdjacentCountersReplyQueue(int capacity) {
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
        long t = tail.getPlain();
        if (t - head.getAcquire() >= capacity) {
            return false;
        }
        int index = (int) (t & mask);
        correlationIds[index] = slot.correlationId();
        reasons[index] = slot.reason();
        versions[index] = slot.version();
        replies.putBytes(index * Reply.CAPACITY, slot.replyBuffer(), 0, Reply.CAPACITY);
        tail.setRelease(t + 1);
        return true;
    }

    /** Consumer thread: hands every available entry over, then frees their room at once. */
    int drain(Consumer consumer) {
        long h = head.getPlain();
        long t = tail.getAcquire();
        for (long i = h; i < t; i++) {
            int index = (int) (i & mask);
            replyView.wrap(replies, index * Reply.CAPACITY, Reply.CAPACITY);
            consumer.accept(correlationIds[index], reasons[index], versions[index], replyView);
        }
        head.setRelease(t);
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
