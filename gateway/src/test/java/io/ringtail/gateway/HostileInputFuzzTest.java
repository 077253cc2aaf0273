package io.ringtail.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #23's bounded fuzz, in the default suite: {@value #REQUESTS} seeded hostile requests over raw sockets
 * at every route and every level against a real server in its own JVM. Every answer comes within the
 * deadline, none is a 5xx but the 503 and 504 that are by design, every error body is JSON with a catalogue
 * code and its status; afterwards the untouched accounts are as they were, the server is live and ready, and
 * its log grew by a few lines. {@code bin/ringtail-fuzz} runs the same for a million requests and more.
 */
class HostileInputFuzzTest {
    static final long SEED = 20_261_204L;
    static final int REQUESTS = 12_000;
    static final int MAX_LOG_BYTES = 16_384;

    @TempDir
    Path dir;

    @Test
    void shouldAnswerEveryHostileRequestWithAJsonErrorAndChangeNothingElse() throws Exception {
        try (ChildGateway child = HostileFuzzServer.start(dir, 1)) {
            HostileFuzz.Report report = new HostileFuzz(child).run(SEED, Integer.getInteger("ringtail.fuzz.requests", REQUESTS), 2);
            System.out.println(report.summary());
            assertEquals("", String.join("\n", report.violations), report.summary());
            assertEquals(0, report.unanswered, report.summary());
            assertTrue(report.untouchedUnchanged, "an untouched account changed: " + report.summary());
            assertTrue(report.healthyAfter, "the server is not live and ready after: " + report.summary());
            assertTrue(report.logBytes <= MAX_LOG_BYTES, report.summary() + "\nlog:\n" + child.output());
            assertTrue(report.count(400, 500) > Integer.getInteger("ringtail.fuzz.requests", REQUESTS) / 2, "most hostile requests are refused: " + report.summary());
        }
    }
}
