package io.ringtail.gateway.metrics;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LatencyBucketsTest {
    @Test
    void shouldPutEachLatencyInTheFirstBucketWhoseBoundIsNotBelowIt() {
        LatencyBuckets buckets = new LatencyBuckets();
        buckets.record(10_000);          // exactly 10 µs: the first bucket (le is inclusive)
        buckets.record(10_001);          // just over: the second
        buckets.record(3_000_000);       // 3 ms: le=5ms
        buckets.record(60_000_000_000L); // a minute: +Inf
        long[] counts = new long[LatencyBuckets.BUCKETS];
        long sum = buckets.addTo(counts);
        long[] expected = new long[LatencyBuckets.BUCKETS];
        expected[0] = 1;
        expected[1] = 1;
        expected[8] = 1;
        expected[LatencyBuckets.BUCKETS - 1] = 1;
        assertArrayEquals(expected, counts);
        assertEquals(10_000 + 10_001 + 3_000_000 + 60_000_000_000L, sum);
    }

    @Test
    void shouldExposeReadYourWritesWaitsAsACumulativeHistogramInSecondsAndTimeoutsAsACounter() {
        ReadYourWritesMetrics metrics = new ReadYourWritesMetrics();
        metrics.recordWait(5_000);
        metrics.recordWait(15_000);
        metrics.recordWait(15_000);
        metrics.recordWait(2_000_000_000L);
        metrics.timeout();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.getPrometheusRegistry().register(metrics);
        Scrape scrape = new Scrape(registry.scrape());
        assertEquals(1, scrape.value("ringtail_read_your_writes_wait_seconds_bucket{le=\"1.0E-5\"}"));
        assertEquals(3, scrape.value("ringtail_read_your_writes_wait_seconds_bucket{le=\"2.0E-5\"}"), "cumulative");
        assertEquals(3, scrape.value("ringtail_read_your_writes_wait_seconds_bucket{le=\"1.0\"}"));
        assertEquals(4, scrape.value("ringtail_read_your_writes_wait_seconds_bucket{le=\"2.0\"}"));
        assertEquals(4, scrape.value("ringtail_read_your_writes_wait_seconds_bucket{le=\"+Inf\"}"));
        assertEquals(4, scrape.value("ringtail_read_your_writes_wait_seconds_count"));
        assertEquals(2.000035, scrape.value("ringtail_read_your_writes_wait_seconds_sum"), 1e-9);
        assertEquals(1, scrape.value("ringtail_read_your_writes_timeouts_total"));
        registry.close();
    }
}
