package io.ringtail.gateway;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The long run of {@link HostileInputFuzzTest}: {@code -Dringtail.fuzz.requests} requests (a million unless
 * told) from {@code -Dringtail.fuzz.seed}, run by {@code bin/ringtail-fuzz}. The summary line goes to stdout
 * and to {@code gateway/target/hostile-fuzz-summary.txt}.
 */
@Tag("soak")
class HostileInputSoakTest {
    @TempDir
    Path dir;

    @Test
    void shouldSurviveAMillionHostileRequests() throws Exception {
        long requests = Long.getLong("ringtail.fuzz.requests", 1_000_000L);
        long seed = Long.getLong("ringtail.fuzz.seed", System.currentTimeMillis());
        try (ChildGateway child = HostileFuzzServer.start(dir, Integer.getInteger("ringtail.fuzz.eventLoops", 4))) {
            HostileFuzz.Report report = new HostileFuzz(child).run(seed, requests, Integer.getInteger("ringtail.fuzz.threads", 8));
            String summary = report.summary();
            System.out.println(summary);
            Path out = Paths.get(System.getProperty("ringtail.root", "."), "gateway", "target", "hostile-fuzz-summary.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, summary + "\n" + String.join("\n", report.violations) + "\n");
            assertEquals("", String.join("\n", report.violations), summary);
            assertTrue(report.untouchedUnchanged && report.healthyAfter, summary);
            // One line per 10 s per kind at most: bounded by the run's length, not by its request count.
            assertTrue(report.logBytes <= 4_096 + report.elapsedMillis / 10_000 * 600, summary);
        }
    }
}
