package io.ringtail.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FixedRateScheduleTest {
    private static final long MS = 1_000_000;

    @Test
    void shouldStaggerConnectionsAndSpaceSlotsByTheirShareOfTheRate() {
        // 1000 req/s over 4 connections: each connection every 4 ms, connection 1 starting 1 ms late.
        FixedRateSchedule schedule = new FixedRateSchedule(0, 1000, 4, 1);
        assertEquals(4 * MS, schedule.periodNanos());
        assertEquals(1 * MS, schedule.nextIntended(0));
        assertEquals(5 * MS, schedule.nextIntended(0));
        assertEquals(9 * MS, schedule.nextIntended(0));
    }

    @Test
    void shouldKeepPlannedTimesWhenBehindInsteadOfRestartingFromNow() {
        FixedRateSchedule schedule = new FixedRateSchedule(0, 100, 1, 0);
        assertEquals(0, schedule.nextIntended(0));
        // The reply took 55 ms: the next five slots are already due and keep their planned times,
        // so their latency includes the wait behind that slow reply.
        long now = 55 * MS;
        assertEquals(10 * MS, schedule.nextIntended(now));
        assertEquals(20 * MS, schedule.nextIntended(now));
    }

    @Test
    void shouldCountPlannedSlotsThatWereNeverSent() {
        FixedRateSchedule schedule = new FixedRateSchedule(0, 100, 1, 0);
        schedule.nextIntended(0);
        schedule.nextIntended(0);
        // Next slot is at 20 ms; slots at 20..90 ms are before an end at 100 ms.
        assertEquals(8, schedule.unsentBefore(100 * MS));
        assertEquals(0, schedule.unsentBefore(20 * MS));
        assertEquals(0, new ClosedLoopSchedule().unsentBefore(100 * MS));
    }
}
