package io.ringtail.gateway.auth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bucket on a clock the test moves: a full burst at once, then one request per interval. */
class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldLetAFullBurstThroughThenRefillAtTheRate() {
        long now = 1_000 * SECOND;
        RateLimiter limiter = new RateLimiter(10, 5, now);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.tryAcquire(now), "request " + i + " of the burst");
        }
        long wait = limiter.tryAcquire(now);
        assertEquals(SECOND / 10, wait, "the sixth waits one interval");
        assertTrue(limiter.tryAcquire(now + wait - 1) > 0);
        assertEquals(0, limiter.tryAcquire(now + wait));
        assertTrue(limiter.tryAcquire(now + wait) > 0, "one token per interval");
        long idle = now + 60 * SECOND;
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.tryAcquire(idle), "an idle key refills to its burst, not beyond");
        }
        assertTrue(limiter.tryAcquire(idle) > 0);
    }
}
