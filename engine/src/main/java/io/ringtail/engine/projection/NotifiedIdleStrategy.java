package io.ringtail.engine.projection;

import io.ringtail.journal.CommitSignal;
import org.agrona.concurrent.IdleStrategy;

/**
 * Parks a projection thread until the journal commits again, instead of polling it: no CPU while the journal
 * is quiet, and a commit wakes the thread at once (the appender unparks it through the {@link CommitSignal}).
 * A read-your-writes wait arriving from a gateway thread unparks it too. The park is still bounded by
 * {@code maxParkNanos}, because waits time out on the projection thread and must not expire late by more.
 */
public final class NotifiedIdleStrategy implements IdleStrategy {
    private final CommitSignal signal;
    private final long maxParkNanos;
    private CommitSignal.Waiter waiter;
    private long lastHead = -1;

    public NotifiedIdleStrategy(CommitSignal signal, long maxParkNanos) {
        if (maxParkNanos <= 0) {
            throw new IllegalArgumentException("max park must be positive, got " + maxParkNanos + " ns");
        }
        this.signal = signal;
        this.maxParkNanos = maxParkNanos;
    }

    @Override
    public void idle(int workCount) {
        if (workCount > 0) {
            return;
        }
        idle();
    }

    @Override
    public void idle() {
        long head = signal.head();
        if (head != lastHead) {
            // The head moved since the last idle cycle: the agents may not have seen it all yet, look again.
            lastHead = head;
            return;
        }
        if (waiter == null) {
            waiter = signal.register(Thread.currentThread());
        }
        waiter.parkUnlessMoved(head, maxParkNanos);
    }

    @Override
    public void reset() {
        lastHead = -1;
    }

    @Override
    public String alias() {
        return "notified";
    }
}
