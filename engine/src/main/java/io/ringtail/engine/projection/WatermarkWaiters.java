package io.ringtail.engine.projection;

import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.agrona.concurrent.NanoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Read-your-writes waits on one projection: "call me when you have applied sequence N, or at the deadline".
 *
 * <p>{@link #await} runs on any thread (a gateway event loop) and never blocks or locks: if the watermark
 * already covers the sequence the callback runs at once on the caller's thread; otherwise the wait goes
 * through a lock-free many-to-one queue to the projection thread, which keeps waits in a heap ordered by
 * sequence, completes them after the batch that reaches them and times out those past their deadline.
 * Each callback runs exactly once. The number of pending waits is bounded; a wait beyond the bound is
 * refused at once (reached = false) so memory never grows without limit.
 *
 * <p>A pending wait costs one small object: the slow path only, taken by requests that outran the view.
 */
public final class WatermarkWaiters {
    private static final Logger LOG = LoggerFactory.getLogger(WatermarkWaiters.class);
    /** Added to the admitted count at close: every later admission sees a negative count and is refused. */
    private static final int CLOSED_BIAS = Integer.MIN_VALUE / 2;

    private final LongSupplier watermark;
    private final NanoClock nanoClock;
    private final int maxPending;
    private final ManyToOneConcurrentArrayQueue<Waiter> arrivals;
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicLong refusals = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong callbackErrors = new AtomicLong();
    private final Consumer<Waiter> onArrival = this::insert;
    /** Unparked when a wait arrives, so a projection thread parked on a quiet journal takes it at once. */
    private volatile Thread projectionThread;

    // Projection thread only: a binary min-heap on sequence, and a lower bound of its deadlines.
    private Waiter[] heap = new Waiter[16];
    private int size;
    private long earliestDeadline = Long.MAX_VALUE;

    WatermarkWaiters(LongSupplier watermark, NanoClock nanoClock, int maxPending) {
        this.watermark = watermark;
        this.nanoClock = nanoClock;
        this.maxPending = maxPending;
        this.arrivals = new ManyToOneConcurrentArrayQueue<>(maxPending);
    }

    /**
     * Calls {@code callback} once, when the projection has applied {@code sequence} or at
     * {@code deadlineNanos} (on {@link #nanoClock()}, by default {@link System#nanoTime()}), whichever is first.
     */
    public void await(long sequence, long deadlineNanos, WatermarkCallback callback) {
        long current = watermark.getAsLong();
        if (current >= sequence) {
            callback.onWatermark(true, current);
            return;
        }
        int pending = admitted.incrementAndGet();
        if (pending <= 0 || pending > maxPending || !arrivals.offer(new Waiter(sequence, deadlineNanos, callback))) {
            admitted.decrementAndGet();
            refusals.incrementAndGet();
            callback.onWatermark(false, watermark.getAsLong());
            return;
        }
        Thread thread = projectionThread;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /** The thread that runs {@link #onDutyCycle}; a wait arriving later unparks it. */
    void wakeOnArrival(Thread thread) {
        projectionThread = thread;
    }

    /** The clock deadlines are measured on. */
    public NanoClock nanoClock() {
        return nanoClock;
    }

    /** Waits not yet completed; any thread. */
    public int pending() {
        return Math.max(0, admitted.get());
    }

    public int maxPending() {
        return maxPending;
    }

    /** Waits refused at once because {@link #maxPending()} were pending, or after close. */
    public long refusals() {
        return refusals.get();
    }

    /** Waits completed unreached at their deadline. */
    public long timeouts() {
        return timeouts.get();
    }

    /** Callbacks that threw; counted and otherwise ignored so one bad caller cannot stop a projection. */
    public long callbackErrors() {
        return callbackErrors.get();
    }

    /** Projection thread, every duty cycle: takes new waits, completes reached ones, expires late ones. */
    int onDutyCycle(long currentWatermark) {
        int work = arrivals.drain(onArrival);
        while (size > 0 && heap[0].sequence <= currentWatermark) {
            complete(removeFirst(), true, currentWatermark);
            work++;
        }
        if (size > 0 && nanoClock.nanoTime() - earliestDeadline >= 0) {
            work += expire(nanoClock.nanoTime(), currentWatermark);
        }
        return work;
    }

    /** Projection thread, at shutdown: refuses new waits and completes every admitted one unreached. */
    void close(long currentWatermark) {
        admitted.getAndAdd(CLOSED_BIAS);
        // Callers admitted just before the bias may still be offering; wait for each to arrive.
        while (admitted.get() != CLOSED_BIAS) {
            arrivals.drain(onArrival);
            while (size > 0) {
                complete(removeFirst(), false, currentWatermark);
            }
            Thread.onSpinWait();
        }
    }

    private void insert(Waiter waiter) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, Math.min(size * 2, Math.max(maxPending, 16)));
        }
        int child = size++;
        while (child > 0) {
            int parent = (child - 1) >>> 1;
            if (heap[parent].sequence <= waiter.sequence) {
                break;
            }
            heap[child] = heap[parent];
            child = parent;
        }
        heap[child] = waiter;
        earliestDeadline = size == 1 ? waiter.deadline : earlier(earliestDeadline, waiter.deadline);
    }

    private Waiter removeFirst() {
        Waiter first = heap[0];
        Waiter last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(0, last);
        }
        return first;
    }

    private void siftDown(int index, Waiter waiter) {
        int parent = index;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1].sequence < heap[child].sequence) {
                child++;
            }
            if (waiter.sequence <= heap[child].sequence) {
                break;
            }
            heap[parent] = heap[child];
            parent = child;
        }
        heap[parent] = waiter;
    }

    /** Rare (only when some deadline has passed), so a linear pass and re-heapify is fine. */
    private int expire(long now, long currentWatermark) {
        int kept = 0;
        int expired = 0;
        long nextDeadline = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            Waiter waiter = heap[i];
            if (now - waiter.deadline >= 0) {
                timeouts.lazySet(timeouts.get() + 1);
                complete(waiter, false, currentWatermark);
                expired++;
            } else {
                heap[kept++] = waiter;
                nextDeadline = kept == 1 ? waiter.deadline : earlier(nextDeadline, waiter.deadline);
            }
        }
        Arrays.fill(heap, kept, size, null);
        size = kept;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, heap[i]);
        }
        earliestDeadline = nextDeadline;
        return expired;
    }

    private void complete(Waiter waiter, boolean reached, long currentWatermark) {
        admitted.decrementAndGet();
        try {
            waiter.callback.onWatermark(reached, currentWatermark);
        } catch (RuntimeException e) {
            if (callbackErrors.getAndIncrement() == 0) {
                LOG.warn("A watermark callback threw; further callback errors are only counted", e);
            }
        }
    }

    /** Compares nano times by difference so a clock that wraps still orders correctly. */
    private static long earlier(long a, long b) {
        return a - b <= 0 ? a : b;
    }

    private static final class Waiter {
        final long sequence;
        final long deadline;
        final WatermarkCallback callback;

        Waiter(long sequence, long deadline, WatermarkCallback callback) {
            this.sequence = sequence;
            this.deadline = deadline;
            this.callback = callback;
        }
    }
}
