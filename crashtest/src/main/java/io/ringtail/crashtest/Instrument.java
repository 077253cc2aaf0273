package io.ringtail.crashtest;

/** A tradable symbol as {@code GET /instruments} lists it; the workload prices around {@link #mid()}. */
record Instrument(String symbol, long tickSize, long lotSize) {
    long mid() {
        return 1_000 * tickSize;
    }
}
