package io.ringtail.gateway.metrics;

import io.ringtail.gateway.config.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snapshot settings reach the engine, snapshots show in {@code /metrics}, and a restart recovers from one. */
class SnapshotMetricsTest {
    @TempDir
    Path dir;

    @Test
    void shouldSnapshotByTheConfiguredPolicyReportItAndRecoverFromIt() throws Exception {
        long head;
        try (MetricsGateway gateway = MetricsGateway.start(MetricsGateway.config(dir)
            .set(Setting.SNAPSHOT_EVERY_EVENTS, "5", "test")
            .set(Setting.SNAPSHOT_EVERY_SECONDS, "0", "test")
            .set(Setting.SNAPSHOT_KEEP, "2", "test").build())) {
            for (int id = 1; id <= 12; id++) {
                gateway.expect(201, gateway.post("/accounts", "{\"accountId\": " + id + "}"));
            }
            MetricsGateway.await("two snapshots written", () -> gateway.scrape().value("ringtail_snapshots_written_total") >= 2);
            Scrape scrape = gateway.scrape();
            assertEquals(0, scrape.value("ringtail_snapshots_failed_total"));
            assertTrue(scrape.value("ringtail_snapshot_last_sequence") >= 10, "last " + scrape.value("ringtail_snapshot_last_sequence"));
            assertTrue(scrape.value("ringtail_snapshot_capture_seconds_count") >= 2);
            assertTrue(scrape.value("ringtail_snapshot_write_seconds_sum") > 0);
            assertTrue(scrape.value("ringtail_snapshot_last_size_bytes") > 0);
            assertTrue(scrape.has("ringtail_snapshots_skipped_total"));
            head = gateway.server.engine().headSequence();
        }
        try (Stream<Path> files = Files.list(dir.resolve("snapshots").resolve("state"))) {
            assertEquals(2, files.count(), "pruned to snapshot-keep");
        }

        try (MetricsGateway gateway = MetricsGateway.start(MetricsGateway.config(dir).build())) {
            assertTrue(gateway.server.engine().recovery().fromSnapshot());
            assertEquals(head, gateway.server.engine().recovery().lastSequence());
            gateway.expect(422, gateway.post("/accounts", "{\"accountId\": 12}"));
            gateway.expect(201, gateway.post("/accounts", "{\"accountId\": 13}"));
        }
    }
}
