package io.ringtail.loadtest;

/** Decides the intended send time of a connection's next request; latency is measured from it. */
interface SendSchedule {

    /** The intended send time (System.nanoTime domain) of the next request; may lie in the past. */
    long nextIntended(long nowNanos);

    /** Planned requests that will never be sent because the run stops at {@code endNanos}. */
    long unsentBefore(long endNanos);
}
