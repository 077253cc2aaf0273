package io.ringtail.engine;

import java.util.concurrent.locks.LockSupport;

/** Stopping the engine's own background threads (snapshot writer, snapshot replica) the same way. */
final class BackgroundThreads {
    private BackgroundThreads() {
    }

    /**
     * Wakes {@code thread}, whose loop has been told to stop, and waits up to {@code timeoutMillis} for it to
     * finish what it is doing.
     *
     * @return false when it is still running at the deadline
     */
    static boolean awaitStop(Thread thread, long timeoutMillis) {
        LockSupport.unpark(thread);
        try {
            // join(0) would wait forever.
            thread.join(Math.max(1, timeoutMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
