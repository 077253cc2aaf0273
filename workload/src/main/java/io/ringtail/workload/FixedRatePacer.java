package io.ringtail.workload;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop driver: send {@code i} is planned at {@code start + i / rate}, whatever happened to the sends
 * before it, and is handed its planned time so that latency is measured from when it should have left, not from
 * when it did (no coordinated omission: a stall delays the sends behind it, and their latency shows it). It
 * wakes, sends every command that is due, and parks until the next is: on two cores a spinning producer would
 * take the core the engine needs, and the latency measured would be the scheduler's.
 */
public final class FixedRatePacer {
    private static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /** Sends one command; may block (a full ring) — the next sends are then late, and measured so. */
    @FunctionalInterface
    public interface Sender {
        /** @param plannedNanos the {@link System#nanoTime()} at which this command was due */
        void send(long plannedNanos);
    }

    private FixedRatePacer() {
    }

    /**
     * Sends {@code rate × seconds} commands at {@code rate} per second.
     *
     * @return how many went out over 1 ms after their planned time
     */
    public static long run(long rate, int seconds, Sender sender) {
        if (rate <= 0 || seconds <= 0) {
            throw new IllegalArgumentException("rate and seconds must be positive: " + rate + ", " + seconds);
        }
        long second = TimeUnit.SECONDS.toNanos(1);
        long total = rate * seconds;
        long start = System.nanoTime();
        long late = 0;
        long i = 0;
        while (i < total) {
            long now = System.nanoTime();
            long due = Math.min(total, (now - start) * rate / second + 1);
            for (; i < due; i++) {
                long planned = start + i * second / rate;
                if (System.nanoTime() - planned > LATE_NANOS) {
                    late++;
                }
                sender.send(planned);
            }
            long wait = start + i * second / rate - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
        return late;
    }
}
