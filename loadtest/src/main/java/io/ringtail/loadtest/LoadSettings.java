package io.ringtail.loadtest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A validated run configuration; {@link RingtailLoad} builds it from the command line. */
record LoadSettings(URI url, Duration warmup, Duration duration, int connections, LoadMode mode, double rate,
                    int accounts, List<String> symbols, OperationMix mix, long seed, long runId,
                    boolean verifyRyw, double maxErrorRate, long maxRywViolations, Path reportDir,
                    String apiKey, Duration timeout, long cash, long positionLots, String endpoint,
                    int clientThreads, List<LatencyLimit> latencyLimits) {

    /** True with --endpoint: every request is a GET of one fixed path, no setup, no mix. */
    boolean fixedEndpoint() {
        return endpoint != null;
    }

    /** Account ids are {@code runId * 1_000_000 + i}, so runs with different run ids never collide. */
    static final long ACCOUNTS_PER_RUN = 1_000_000;

    long accountId(int index) {
        return runId * ACCOUNTS_PER_RUN + index + 1;
    }
}
