package io.ringtail.crashtest;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/** Counts violations by kind and prints the first few in detail as they are found. Thread-safe. */
final class Violations {
    private static final int PRINTED = 50;

    private final Map<Violation, Long> counts = new EnumMap<>(Violation.class);
    private final PrintStream err;
    private long printed;

    Violations(PrintStream err) {
        this.err = err;
        for (Violation kind : Violation.values()) {
            counts.put(kind, 0L);
        }
    }

    synchronized void report(Violation kind, String detail) {
        counts.merge(kind, 1L, Long::sum);
        if (printed++ < PRINTED) {
            err.println("VIOLATION " + kind + ": " + detail);
        }
    }

    synchronized long count(Violation kind) {
        return counts.get(kind);
    }

    synchronized long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
