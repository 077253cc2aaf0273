package io.ringtail.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyLimitTest {

    @Test
    void shouldReadTheFormsTheHelpShows() {
        LatencyLimit all = LatencyLimit.parse("p99=5ms");
        assertNull(all.operation());
        assertEquals(99, all.percentile());
        assertEquals(Duration.ofMillis(5), all.limit());

        LatencyLimit place = LatencyLimit.parse("place:p99.9=20ms");
        assertEquals(Operation.PLACE, place.operation());
        assertEquals(99.9, place.percentile());
        assertEquals("place:p99.9=20ms", place.describe());

        LatencyLimit ryw = LatencyLimit.parse("RYW_READ:max=50ms");
        assertEquals(Operation.RYW_READ, ryw.operation());
        assertEquals(100, ryw.percentile());
        assertEquals("ryw_read:max=50ms", ryw.describe());

        assertEquals(Duration.ofNanos(500_000), LatencyLimit.parse("get:p50=500us").limit());
        assertEquals("get:p50=500us", LatencyLimit.parse("get:p50=500us").describe());
    }

    @Test
    void shouldRefuseWhatItCannotRead() {
        for (String bad : List.of("p99", "p99=", "p99=fast", "p0=5ms", "p101=5ms", "q99=5ms", "pxx=5ms",
                "sell:p99=5ms", "p99=0ms", "p99=-5ms", "p99=1.5ms", "p99=99999999999999999h")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatencyLimit.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("bad latency limit '" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void shouldBreachOnlyWhereThePercentileIsAboveTheLimit() {
        Histogram fast = new Histogram(3_600_000_000L, 3);
        Histogram slow = new Histogram(3_600_000_000L, 3);
        for (int i = 1; i <= 1_000; i++) {
            fast.recordValue(100);     // 0.1 ms
            slow.recordValue(i * 10L); // 0.01 .. 10 ms, p99 = 9.9 ms
        }
        RunSummary summary = summary(
                new OperationSummary(Operation.PLACE, slow, 1, Map.of("201", 1_000L), 0, 0, 0),
                new OperationSummary(Operation.QUERY, fast, 1, Map.of("200", 1_000L), 0, 0, 0));

        assertEquals(List.of(), breaches(summary, "p50=6ms", "place:p99=10ms", "query:max=1ms"));
        List<String> breached = breaches(summary, "p99=5ms");
        assertEquals(1, breached.size(), breached.toString());
        assertTrue(breached.get(0).startsWith("place p99 9.9"), breached.get(0));
        assertTrue(breached.get(0).endsWith("> --max-latency p99=5ms"), breached.get(0));
        assertEquals(2, breaches(summary, "max=50us").size(), "every operation measured is gated");
        assertEquals(List.of("no ryw_read request measured for --max-latency ryw_read:p99=5ms"),
                breaches(summary, "ryw_read:p99=5ms"));
    }

    private static List<String> breaches(RunSummary summary, String... limits) {
        List<LatencyLimit> parsed = java.util.Arrays.stream(limits).map(LatencyLimit::parse).toList();
        return new Thresholds(1, 0, parsed).breaches(summary);
    }

    private static RunSummary summary(OperationSummary... operations) {
        RunSummary.Conditions conditions = new RunSummary.Conditions("http://test", LoadMode.MAX, 0, 1, 1,
                List.of("ACME"), "place=1", 1, 1, false, 0, 1);
        return new RunSummary(conditions, List.of(operations), 0, 0, List.of(),
                new RunSummary.Sent(new SetupCounts(0, 0, 0), Map.of()));
    }
}
