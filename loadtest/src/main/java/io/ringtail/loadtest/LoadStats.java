package io.ringtail.loadtest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Everything the connections report during a run. A request belongs to the measured window when
 * its intended send time falls in [measureStart, end): warm-up traffic feeds progress only.
 */
final class LoadStats {
    private static final int VIOLATION_SAMPLES = 20;

    private final Map<Operation, OperationStats> byOperation = new EnumMap<>(Operation.class);
    private final long measureStartNanos;
    private final long endNanos;
    private final LongAdder unsent = new LongAdder();
    private final LongAdder mixRepliesInWindow = new LongAdder();
    private final Map<Operation, LongAdder> sent = new EnumMap<>(Operation.class);
    private SetupCounts setup = SetupCounts.NONE;
    private final ConcurrentLinkedQueue<String> violationSamples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sampled = new AtomicInteger();

    LoadStats(long measureStartNanos, long endNanos) {
        this.measureStartNanos = measureStartNanos;
        this.endNanos = endNanos;
        for (Operation op : Operation.values()) {
            byOperation.put(op, new OperationStats(op));
            sent.put(op, new LongAdder());
        }
    }

    OperationStats of(Operation op) {
        return byOperation.get(op);
    }

    Iterable<OperationStats> all() {
        return byOperation.values();
    }

    boolean inMeasuredWindow(long intendedNanos) {
        return intendedNanos >= measureStartNanos && intendedNanos < endNanos;
    }

    long endNanos() {
        return endNanos;
    }

    long measureStartNanos() {
        return measureStartNanos;
    }

    /** Counts a request as it goes out, warm-up included: what the gateway should have received. */
    void sent(Operation op) {
        sent.get(op).increment();
    }

    void setupSent(SetupCounts counts) {
        this.setup = counts;
    }

    /**
     * Counts a reply (or failure) of the mix by the time it arrived, not by its intended send time: above
     * saturation the two windows hold different requests, and only this one says what the gateway got done.
     */
    void replied(Operation op, long nowNanos) {
        if (op.inMix() && nowNanos >= measureStartNanos && nowNanos < endNanos) {
            mixRepliesInWindow.increment();
        }
    }

    /** Planned (fixed-rate) requests that a connection never sent because it was still behind at the end. */
    void addUnsent(long count) {
        unsent.add(count);
    }

    void recordViolation(Operation origin, long intendedNanos, String description) {
        boolean measured = inMeasuredWindow(intendedNanos);
        byOperation.get(origin).recordRywViolation(measured);
        if (measured && sampled.getAndIncrement() < VIOLATION_SAMPLES) {
            violationSamples.add(origin.label() + ": " + description);
        }
    }

    RunSummary summarize(RunSummary.Conditions conditions) {
        double seconds = (endNanos - measureStartNanos) / 1e9;
        List<OperationSummary> summaries = new ArrayList<>();
        for (OperationStats stats : byOperation.values()) {
            summaries.add(stats.summarize(seconds));
        }
        Map<Operation, Long> sentTotals = new EnumMap<>(Operation.class);
        sent.forEach((op, n) -> sentTotals.put(op, n.sum()));
        return new RunSummary(conditions, summaries, unsent.sum(), mixRepliesInWindow.sum() / seconds,
                List.copyOf(violationSamples),
                new RunSummary.Sent(setup, sentTotals));
    }
}
