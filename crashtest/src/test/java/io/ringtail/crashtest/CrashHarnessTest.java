package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The short crash run CI does: the real gateway jar (packaged earlier in the same reactor) as a child JVM,
 * five SIGKILLs under a small load in async mode, every check after every restart. The harness starts and
 * stops (or kills) every process it runs.
 */
class CrashHarnessTest {
    @TempDir
    Path dir;

    /** Small capacities and a JVM tuned to start fast: the restarts dominate the run's time. */
    static List<String> smallServer(Path workDir, int iterations, String durability, int rate, long seed) {
        List<String> args = new ArrayList<>(List.of("--iterations", Integer.toString(iterations), "--durability", durability,
            "--clients", "3", "--rate", Integer.toString(rate), "--seed", Long.toString(seed), "--kill-after", "300..1200",
            "--sample", "50", "--work-dir", workDir.toString(), "--server-heap", "256m",
            "--server-jvm-arg=-XX:TieredStopAtLevel=1", "--server-jvm-arg=-XX:+UseSerialGC",
            "--", "--max-accounts", "64", "--view-max-accounts", "64", "--max-open-orders", "20000",
            "--view-max-orders", "120001", "--order-retention", "100000", "--max-price-levels", "256",
            // Snapshots every few dozen events, so restarts recover from a snapshot plus a journal tail.
            "--snapshot-every-events", "40"));
        return args;
    }

    @Test
    void shouldLoseNoAcknowledgementAndMatchAFromScratchReplayAcrossFiveKills() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RingtailCrash.execute(smallServer(dir, 5, "async", 90, 8).toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        System.out.print(output);

        assertEquals(RingtailCrash.PASSED, exit, output);
        JsonObject report = new JsonObject(Files.readString(dir.resolve("crash-report.json")));
        assertEquals(5, report.getLong("kills"));
        assertEquals(5, report.getJsonArray("iterations").size(), output);
        assertEquals(0, report.getLong("violations"), output);
        assertTrue(report.getLong("accepted") > 50, "the load placed, cancelled and amended orders: " + output);
        assertTrue(report.getLong("verified") >= report.getLong("ordersPlaced"),
            "every acknowledged place was re-verified at least once: " + output);
        assertTrue(output.contains("crash run PASSED"), output);
        assertTrue(report.getLong("restartsFromSnapshot") > 0, "some restarts began from a state snapshot: " + output);
        assertTrue(Files.size(dir.resolve("acks.log")) > 0, "every reply is logged");
    }
}
