package io.ringtail.benchmarks;

import io.ringtail.benchmarks.BenchmarkReport.Row;
import io.ringtail.workload.LatencyTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the "Against exchange-core" section of {@code BENCHMARKS.md} from one run: Ringtail's and exchange-core's
 * JMH figures on the same streams side by side with their ratio, Ringtail's writer alone in ns per command, and
 * the fixed-rate latency rows both probes printed.
 *
 * <p>Usage: {@code PeerReport section RINGTAIL.json PEER.json LATENCY_ROWS.md RATE_LINE OUTPUT.md} or
 * {@code PeerReport rate PEER.json} (prints half of exchange-core's journaled place/cancel figure, the fixed rate
 * the latency probes run at, or nothing if the run has no such figure).
 */
public final class PeerReport {
    /** Ringtail durability → the exchange-core journal setting it is compared with. */
    private static final String[][] PAIRS = {{"OFF", "OFF"}, {"ASYNC", "JOURNALED"}, {"SYNC", "JOURNALED"}};
    /** Stream → Ringtail benchmark, exchange-core benchmark. */
    private static final String[][] STREAMS = {
        {"place/cancel", "EnginePlaceCancelBenchmark.placeOrCancel", "PeerPlaceCancelBenchmark.placeOrCancel"},
        {"crossing", "EngineCrossingBenchmark.placeCrossing", "PeerCrossingBenchmark.placeCrossing"}};
    private static final String RETENTION = "retention=100000";

    private PeerReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("rate")) {
            find(BenchmarkReport.read(Path.of(args[1])), STREAMS[0][2] + " journal=JOURNALED")
                .ifPresent(row -> System.out.println(Math.max(1_000, Math.round(row.score() / 2 / 1_000) * 1_000)));
            return;
        }
        List<Row> ringtail = BenchmarkReport.read(Path.of(args[1]));
        List<Row> peer = BenchmarkReport.read(Path.of(args[2]));
        String latency = Files.readString(Path.of(args[3]));
        StringBuilder md = new StringBuilder("## Against exchange-core (same streams, same run)\n\n");
        md.append("exchange-core 0.5.3 (`exchange.core2:exchange-core`, Apache-2.0) runs from `benchmarks-peer/target/benchmarks-peer.jar`, ")
            .append("its own JVM (it brings Disruptor 3, Agrona 1 and an old Chronicle Wire), with the same `config/jvm.options` ")
            .append("and JMH profile, on exactly the steps Ringtail gets (module `workload`): 1,000 funded accounts, the ")
            .append("place/cancel stream (~1,000 resting orders, none crossing) and the crossing stream (two places in three trade). ")
            .append("Its set-up: 1 matching engine + 1 risk engine, `OrderBookDirectImpl`, ring 16k, wait strategy ")
            .append(param(peer, 2, "waitStrategy")).append(" for all its stages; journal JOURNALED = its ")
            .append("`DiskSerializationProcessor` (file opened `rwd`, one write per batch, results released after it) into ")
            .append("`dumps/` under the working directory; OFF = no journal. Ringtail: wait strategy ")
            .append(param(ringtail, 1, "waitStrategy")).append(", retention 100,000. Every result of both is counted by ")
            .append("code: a rejected command fails the run. B/op is JMH's `gc.alloc.rate.norm` (all threads of the JVM ")
            .append("per command).\n\n");
        md.append("| stream | Ringtail | ops/s | B/op | exchange-core | ops/s | B/op | Ringtail / exchange-core |\n")
            .append("|---|---|---|---|---|---|---|---|\n");
        for (String[] stream : STREAMS) {
            for (String[] pair : PAIRS) {
                Optional<Row> ours = find(ringtail, stream[1] + " durability=" + pair[0] + " " + RETENTION);
                Optional<Row> theirs = find(peer, stream[2] + " journal=" + pair[1]);
                if (ours.isEmpty() && theirs.isEmpty()) {
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", stream[0], pair[0],
                    score(ours), allocation(ours), pair[1], score(theirs), allocation(theirs),
                    ours.isPresent() && theirs.isPresent() ? ratio(ours.get().score(), theirs.get().score()) : "n/a"));
            }
        }
        md.append("\nRingtail's writer alone on the place/cancel stream (`WriterPlaceCancelBenchmark`: decide, apply and stage ")
            .append("on one thread, no ring, no journal; exchange-core has no such stage to compare):\n\n")
            .append("| retention | ns per command | ops/s | B/op |\n|---|---|---|---|\n");
        for (Row writer : ringtail) {
            if (writer.matches("WriterPlaceCancelBenchmark.placeOrCancel")) {
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %s |%n", writer.params().replace("retention=", ""),
                    1e9 / writer.score(), writer.score(), allocation(Optional.of(writer))));
            }
        }
        md.append("\n### Latency at a fixed rate, side by side (planned send time → result)\n\n")
            .append("Open loop (`FixedRatePacer`): command i is due at start + i / rate and carries that planned time; latency ")
            .append("is measured from it, so a stall counts against every command it delays (no coordinated omission). The ")
            .append("pacer parks between sends (no spinning producer on 2 cores). Ringtail: acknowledgement after the journal ")
            .append("commit, snapshots by a replica domain as in the gateway; exchange-core: its results consumer. ")
            .append(Files.readString(Path.of(args[4])).trim()).append("\n\n")
            .append(LatencyTable.HEADER).append('\n')
            .append(latency);
        md.append("\nRingtail / exchange-core at that rate (below 1 = Ringtail lower):\n\n")
            .append("| stream | Ringtail | exchange-core | p50 | p99 | p99.9 | max |\n|---|---|---|---|---|---|---|\n");
        for (String stream : new String[] {"placecancel", "crossing"}) {
            for (String[] pair : PAIRS) {
                String[] ours = latencyRow(latency, "Ringtail " + pair[0], stream);
                String[] theirs = latencyRow(latency, "exchange-core " + pair[1], stream);
                if (ours != null && theirs != null) {
                    md.append("| ").append(stream).append(" | ").append(pair[0]).append(" | ").append(pair[1]);
                    for (int column = 6; column <= 9; column++) {
                        md.append(" | ").append(ratio(number(ours[column]), Math.max(1, number(theirs[column]))));
                    }
                    md.append(" |\n");
                }
            }
        }
        Files.writeString(Path.of(args[5]), md.toString());
    }

    /** The cells of the latency table row of {@code engine} (its name before the wait strategy) on {@code stream}, or null. */
    private static String[] latencyRow(String table, String engine, String stream) {
        for (String line : table.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length >= 10 && cells[1].trim().startsWith(engine + " ") && cells[2].trim().equals(stream)) {
                return cells;
            }
        }
        return null;
    }

    /** Two decimals, three below 0.1 so that a small ratio does not read as zero. */
    private static String ratio(double figure, double peer) {
        double ratio = figure / peer;
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.3f×" : "%.2f×", ratio);
    }

    private static double number(String cell) {
        return Double.parseDouble(cell.trim().replace(",", ""));
    }

    private static Optional<Row> find(List<Row> rows, String spec) {
        return rows.stream().filter(row -> row.matches(spec)).findFirst();
    }

    /** The values a parameter takes in the stream benchmarks ({@code column} 1 Ringtail's, 2 exchange-core's). */
    private static String param(List<Row> rows, int column, String name) {
        return rows.stream().filter(row -> Arrays.stream(STREAMS).anyMatch(s -> row.matches(s[column])))
            .map(Row::params).flatMap(p -> Arrays.stream(p.split(" ")))
            .filter(p -> p.startsWith(name + "=")).map(p -> p.substring(name.length() + 1)).distinct()
            .reduce((a, b) -> a + "/" + b).orElse("n/a");
    }

    private static String score(Optional<Row> row) {
        return row.map(r -> Double.isNaN(r.error()) ? String.format(Locale.ROOT, "%,.0f", r.score())
            : String.format(Locale.ROOT, "%,.0f ± %,.0f", r.score(), r.error())).orElse("n/a");
    }

    private static String allocation(Optional<Row> row) {
        return row.filter(r -> r.allocation() != null).map(r -> String.format(Locale.ROOT, "%.1f", r.allocation())).orElse("n/a");
    }
}
