package io.ringtail.loadtest;

/** Closed loop (--mode max): the next request is due as soon as the previous reply arrived. */
final class ClosedLoopSchedule implements SendSchedule {

    @Override
    public long nextIntended(long nowNanos) {
        return nowNanos;
    }

    @Override
    public long unsentBefore(long endNanos) {
        return 0;
    }
}
