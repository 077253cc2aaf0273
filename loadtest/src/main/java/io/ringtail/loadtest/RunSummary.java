package io.ringtail.loadtest;

import java.util.List;
import java.util.Map;

/** The whole run's result: the conditions it ran under and one summary per operation. */
/**
 * @param repliedMixRate replies of the mix received per second of the measured window, whenever they were
 *     meant to be sent: below saturation it equals {@link #achievedMixRate()}; above it, it is what the
 *     gateway kept up with while the planned requests queued
 */
record RunSummary(Conditions conditions, List<OperationSummary> operations, long unsentPlanned,
                  double repliedMixRate, List<String> violationSamples, Sent sent) {

    /**
     * Every request sent over the whole run, setup and warm-up included (the per-operation tables cover
     * only the measured window): what the gateway's own counters should show.
     */
    record Sent(SetupCounts setup, Map<Operation, Long> byOperation) {
        long of(Operation op) {
            return byOperation.getOrDefault(op, 0L);
        }
    }

    /** What a reader needs to interpret the numbers: a latency means little without its load. */
    record Conditions(String target, LoadMode mode, double plannedRate, int connections, int accounts,
                      List<String> symbols, String mix, long seed, long runId, boolean verifyRyw,
                      double warmupSeconds, double measuredSeconds) {
    }

    long totalRequests() {
        return operations.stream().mapToLong(OperationSummary::count).sum();
    }

    long totalErrors() {
        return operations.stream().mapToLong(OperationSummary::errors).sum();
    }

    long totalRywViolations() {
        return operations.stream().mapToLong(OperationSummary::rywViolations).sum();
    }

    double errorRate() {
        long total = totalRequests();
        return total == 0 ? 0 : (double) totalErrors() / total;
    }

    /** Requests of the mix (not the read-your-writes follow-ups) per second of the measured window. */
    double achievedMixRate() {
        return operations.stream().filter(s -> s.operation().inMix())
                .mapToDouble(OperationSummary::ratePerSecond).sum();
    }
}
