package io.ringtail.benchmarks;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeerReportTest {
    @TempDir
    Path dir;

    @Test
    void shouldPutEachRingtailFigureBesideTheExchangeCoreFigureItIsComparedWith() throws IOException {
        Path ringtail = write("ringtail.json", new JsonArray()
            .add(result("io.ringtail.benchmarks.engine.EnginePlaceCancelBenchmark.placeOrCancel", 2_000_000, 0,
                new JsonObject().put("durability", "ASYNC").put("retention", "100000").put("waitStrategy", "SLEEPING")))
            .add(result("io.ringtail.benchmarks.engine.EnginePlaceCancelBenchmark.placeOrCancel", 9_000_000, 0,
                new JsonObject().put("durability", "ASYNC").put("retention", "1000").put("waitStrategy", "SLEEPING")))
            .add(result("io.ringtail.benchmarks.engine.WriterPlaceCancelBenchmark.placeOrCancel", 4_000_000, 0,
                new JsonObject().put("retention", "100000"))));
        Path peer = write("peer.json", new JsonArray()
            .add(result("io.ringtail.peer.PeerPlaceCancelBenchmark.placeOrCancel", 1_000_000, 320,
                new JsonObject().put("journal", "JOURNALED").put("waitStrategy", "YIELDING"))));
        Path latency = write("latency.md", """
            | Ringtail ASYNC (SLEEPING) | placecancel | 500,000 | 5,000,000 | 0 | 10 | 100 | 1,000 | 2,000 |
            | exchange-core JOURNALED (YIELDING) | placecancel | 500,000 | 5,000,000 | 0 | 20 | 400 | 1,000 | 8,000 |
            """);
        Path rate = write("rate.txt", "Rate 500,000 commands/s.");
        Path out = dir.resolve("peer.md");

        PeerReport.main(new String[] {"section", ringtail.toString(), peer.toString(), latency.toString(), rate.toString(), out.toString()});

        String md = Files.readString(out);
        assertTrue(md.contains("| place/cancel | ASYNC | 2,000,000 | 0.0 | JOURNALED | 1,000,000 | 320.0 | 2.00× |"), md);
        assertTrue(md.contains("| place/cancel | SYNC | n/a | n/a | JOURNALED | 1,000,000 | 320.0 | n/a |"), md);
        assertTrue(md.contains("| 100000 | 250.0 | 4,000,000 | 0.0 |"), "writer ns per command: " + md);
        assertTrue(md.contains("| placecancel | ASYNC | JOURNALED | 0.50× | 0.25× | 1.00× | 0.25× |"), "latency ratios: " + md);
        assertTrue(md.contains("wait strategy YIELDING") && md.contains("wait strategy SLEEPING"), md);
    }

    @Test
    void shouldProposeHalfTheJournaledPeerFigureAsTheFixedRate() throws IOException {
        Path peer = write("peer.json", new JsonArray()
            .add(result("io.ringtail.peer.PeerPlaceCancelBenchmark.placeOrCancel", 1_234_567, 0,
                new JsonObject().put("journal", "JOURNALED").put("waitStrategy", "YIELDING"))));
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true));
        try {
            PeerReport.main(new String[] {"rate", peer.toString()});
        } finally {
            System.setOut(console);
        }
        assertEquals("617000", printed.toString().trim());
    }

    private Path write(String name, Object content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content instanceof JsonArray array ? array.encodePrettily() : content.toString());
        return path;
    }

    private static JsonObject result(String benchmark, double score, double bytesPerOp, JsonObject params) {
        return new JsonObject().put("benchmark", benchmark).put("params", params)
            .put("primaryMetric", new JsonObject().put("score", score).put("scoreError", "NaN").put("scoreUnit", "ops/s"))
            .put("secondaryMetrics", new JsonObject().put("gc.alloc.rate.norm", new JsonObject().put("score", bytesPerOp)));
    }
}
