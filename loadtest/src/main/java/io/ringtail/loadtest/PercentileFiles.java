package io.ringtail.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One {@code <operation>.hgrm} per operation in HdrHistogram's own percentile format (values in ms),
 * so runs can be compared in the usual HdrHistogram plotter.
 */
final class PercentileFiles {
    private static final double MICROS_PER_MILLI = 1000.0;

    private PercentileFiles() {
    }

    static void write(RunSummary summary, Path dir) throws IOException {
        for (OperationSummary op : summary.operations()) {
            if (op.count() == 0) {
                continue;
            }
            Path file = dir.resolve(op.operation().label() + ".hgrm");
            try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
                op.histogram().outputPercentileDistribution(out, MICROS_PER_MILLI);
            }
        }
    }
}
