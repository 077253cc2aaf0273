package io.ringtail.benchmarks.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recovery probe on a small journal: it builds with state and view snapshots, restarts without and with
 * them (the probe itself fails if a restart did not use the snapshots expected) and reports a row.
 */
class RecoveryProbeTest {
    @Test
    void shouldReportTimeToReadyWithAndWithoutSnapshots() {
        String tables = RecoveryProbe.tables(List.of(20_000L));
        assertTrue(tables.contains("| 20,000 | "), tables);
        assertTrue(tables.contains("tail events) | **"), "restarted from the snapshots: " + tables);
    }
}
