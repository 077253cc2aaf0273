package io.ringtail.journal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Wakes reader threads parked until the journal's head moves, so a reader can sleep while the journal is
 * quiet instead of polling it thousands of times a second, and still wake at once when a batch commits.
 *
 * <p>The appender publishes the new head with a volatile store and then reads each waiter's flag; a waiter
 * sets its flag with a volatile store and then reads the head again before parking. Whichever order the two
 * threads run in, one of them sees the other, so a commit cannot slip between a waiter's last look at the
 * head and its park.
 */
public final class CommitSignal {
    private final AtomicLong head;
    private volatile Waiter[] waiters = new Waiter[0];

    CommitSignal(AtomicLong head) {
        this.head = head;
    }

    /** The journal's head sequence, as {@link Journal#headSequence()}. */
    public long head() {
        return head.get();
    }

    /** A thread that parks on this signal; one per reader thread, registered once. */
    public Waiter register(Thread thread) {
        Waiter waiter = new Waiter(this, thread);
        synchronized (this) {
            Waiter[] more = Arrays.copyOf(waiters, waiters.length + 1);
            more[more.length - 1] = waiter;
            waiters = more;
        }
        return waiter;
    }

    /** Appender thread, after publishing a new head: unparks every waiter that is parked or about to park. */
    void signal() {
        for (Waiter waiter : waiters) {
            if (waiter.parked) {
                LockSupport.unpark(waiter.thread);
            }
        }
    }

    /** One parked-or-not flag per reader thread. */
    public static final class Waiter {
        private final CommitSignal signal;
        private final Thread thread;
        private volatile boolean parked;

        private Waiter(CommitSignal signal, Thread thread) {
            this.signal = signal;
            this.thread = thread;
        }

        /**
         * Registered thread only: parks until the head differs from {@code seenHead}, a signal, an unpark
         * from elsewhere, or {@code maxNanos} pass (early returns are allowed; callers look again).
         */
        public void parkUnlessMoved(long seenHead, long maxNanos) {
            parked = true;
            if (signal.head() == seenHead) {
                LockSupport.parkNanos(this, maxNanos);
            }
            parked = false;
        }
    }
}
