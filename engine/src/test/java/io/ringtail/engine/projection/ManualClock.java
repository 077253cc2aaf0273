package io.ringtail.engine.projection;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;

/** A clock the test moves by hand, for both the event clock and the deadline clock. */
final class ManualClock implements EpochNanoClock, NanoClock {
    private volatile long now;

    ManualClock(long now) {
        this.now = now;
    }

    void advance(long nanos) {
        now += nanos;
    }

    @Override
    public long nanoTime() {
        return now;
    }
}
