package io.ringtail.loadtest;

/**
 * Open-loop plan for one connection: slot k is due at {@code first + k * period}, whatever happened
 * to slot k-1. When the server is slow the connection falls behind and due times lie in the past;
 * they are returned anyway (not skipped or re-based on "now"), so the wait behind a slow reply is
 * charged to every request that was planned during it. This is the coordinated-omission correction.
 */
final class FixedRateSchedule implements SendSchedule {
    private final long first;
    private final long period;
    private long nextSlot;

    /**
     * @param startNanos   the run's time zero
     * @param ratePerSec   the aggregate rate of all connections
     * @param connections  how many connections share the rate
     * @param index        this connection's position, which staggers its slots inside one period
     */
    FixedRateSchedule(long startNanos, double ratePerSec, int connections, int index) {
        double globalInterval = 1e9 / ratePerSec;
        this.period = Math.max(1L, Math.round(globalInterval * connections));
        this.first = startNanos + Math.round(globalInterval * index);
    }

    @Override
    public long nextIntended(long nowNanos) {
        return first + nextSlot++ * period;
    }

    @Override
    public long unsentBefore(long endNanos) {
        long due = first + nextSlot * period;
        return due >= endNanos ? 0 : (endNanos - due + period - 1) / period;
    }

    long periodNanos() {
        return period;
    }
}
