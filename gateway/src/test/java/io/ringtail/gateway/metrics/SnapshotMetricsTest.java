package io.ringtail.gateway.metrics;

import io.ringtail.engine.settings.SnapshotSettings;
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
        int lastAccount;
        try (MetricsGateway gateway = MetricsGateway.start(MetricsGateway.config(dir)
            .set(SnapshotSettings.SNAPSHOT_EVERY_EVENTS, "5", "test")
            .set(SnapshotSettings.SNAPSHOT_EVERY_SECONDS, "0", "test")
            .set(SnapshotSettings.SNAPSHOT_KEEP, "2", "test").build())) {
            // A snapshot that falls due while the previous one is still being written is skipped (by design),
            // so commands go on until two were written rather than a fixed count.
            int id = 0;
            while (gateway.scrape().value("ringtail_snapshots_written_total") < 2) {
                assertTrue(id < 500, "two snapshots written within 500 commands at one per 5 events");
                gateway.expect(201, gateway.post("/accounts", "{\"accountId\": " + ++id + "}"));
                Thread.sleep(10);
            }
            lastAccount = id;
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
            gateway.expect(422, gateway.post("/accounts", "{\"accountId\": " + lastAccount + "}"));
            gateway.expect(201, gateway.post("/accounts", "{\"accountId\": " + (lastAccount + 1) + "}"));
        }
    }
}
