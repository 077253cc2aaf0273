package io.ringtail.benchmarks.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recovery probe on a small journal: it builds, snapshots, recovers both ways and reports a row. */
class RecoveryProbeTest {
    @Test
    void shouldReportRecoveryWithAndWithoutASnapshot() {
        String tables = RecoveryProbe.tables(List.of(20_000L));
        assertTrue(tables.contains("| 20,000 | "), tables);
        assertTrue(tables.contains("tail events) |"), "recovered from the snapshot: " + tables);
    }
}
