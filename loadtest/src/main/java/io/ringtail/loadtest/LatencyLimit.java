package io.ringtail.loadtest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One latency gate of --max-latency: a percentile of one operation (or of every operation measured) must
 * not exceed a duration, e.g. {@code p99=5ms}, {@code place:p99.9=20ms}, {@code ryw_read:max=50ms}.
 *
 * @param operation the operation it applies to, or null for every operation of the run
 * @param percentile 0 < percentile <= 100; {@code max} is 100
 */
record LatencyLimit(Operation operation, double percentile, Duration limit) {

    static LatencyLimit parse(String text) {
        String spec = text.trim();
        int equals = spec.indexOf('=');
        if (equals < 0) {
            throw bad(text, "missing '='");
        }
        String target = spec.substring(0, equals).trim().toLowerCase(Locale.ROOT);
        Duration limit;
        try {
            limit = DurationParser.parse(spec.substring(equals + 1));
        } catch (IllegalArgumentException e) {
            throw bad(text, e.getMessage());
        }
        if (limit.isZero()) {
            throw bad(text, "the limit must be positive");
        }
        Operation operation = null;
        int colon = target.indexOf(':');
        if (colon >= 0) {
            operation = operationOf(text, target.substring(0, colon));
            target = target.substring(colon + 1);
        }
        return new LatencyLimit(operation, percentileOf(text, target), limit);
    }

    /** "p99.9" for a percentile, "max" for the largest value. */
    String percentileLabel() {
        return percentile == 100 ? "max" : "p" + new BigDecimal(Double.toString(percentile)).stripTrailingZeros().toPlainString();
    }

    /** As the user would write it, e.g. "place:p99.9=20ms". */
    String describe() {
        long micros = limit.toNanos() / 1_000;
        String amount = micros % 1_000 == 0 ? micros / 1_000 + "ms" : micros + "us";
        return (operation == null ? "" : operation.label() + ":") + percentileLabel() + "=" + amount;
    }

    private static Operation operationOf(String text, String label) {
        for (Operation op : Operation.values()) {
            if (op.label().equals(label)) {
                return op;
            }
        }
        throw bad(text, "unknown operation '" + label + "' (place, cancel, amend, query, get or ryw_read)");
    }

    private static double percentileOf(String text, String label) {
        if (label.equals("max")) {
            return 100;
        }
        if (label.startsWith("p")) {
            try {
                double percentile = Double.parseDouble(label.substring(1));
                if (percentile > 0 && percentile <= 100) {
                    return percentile;
                }
            } catch (NumberFormatException e) {
                // reported below with the accepted forms
            }
        }
        throw bad(text, "expected a percentile such as p50, p99, p99.9 or max before '='");
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("bad latency limit '" + text + "': " + why
                + " (e.g. p99=5ms, place:p99.9=20ms, ryw_read:max=50ms)");
    }

    /** picocli's hook: a bad limit becomes one line and exit status 2. */
    static final class Converter implements ITypeConverter<LatencyLimit> {
        @Override
        public LatencyLimit convert(String text) {
            try {
                return parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
