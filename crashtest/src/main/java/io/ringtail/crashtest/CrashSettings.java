package io.ringtail.crashtest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One crash run's parameters, validated by {@link #conclude()}.
 *
 * @param iterations     how many times the server is killed (and restarted and checked)
 * @param killMinMillis  shortest load phase before a kill
 * @param killMaxMillis  longest load phase before a kill (each one is drawn from the seed)
 * @param workDir        holds data/, the scratch copies, the server logs and the acknowledgement log
 * @param dataDir        the recovered server's data directory (default workDir/data); must hold no journal yet
 * @param journalSubdir  the part of the data directory a from-scratch replay copies: the journal only, so
 *                       any snapshot the server keeps elsewhere is left out
 * @param serverArgs     passed to every gateway after the harness's own --port, --data-dir and --durability
 * @param serverJvmArgs  JVM options for every gateway, after config/jvm.options and -Xmx
 * @param scratchEvery   compare with a from-scratch replay after every n-th restart (1 = all)
 * @param sample         older acknowledgements re-verified per restart, besides all the new ones
 */
record CrashSettings(int iterations, String durability, int clients, int rate, long seed, long killMinMillis,
                     long killMaxMillis, Path workDir, Path dataDir, String journalSubdir, String apiKey,
                     List<String> serverArgs, List<String> serverJvmArgs, Path report, Path gatewayJar,
                     Path jvmOptions, String serverHeap, int scratchEvery, int sample, Duration readyTimeout) {

    CrashSettings conclude() {
        require(iterations >= 1, "--iterations must be at least 1");
        require(durability.equals("async") || durability.equals("sync"), "--durability must be async or sync");
        require(clients >= 1, "--clients must be at least 1");
        require(rate >= clients, "--rate must be at least one command per second per client");
        require(killMinMillis >= 0 && killMaxMillis >= killMinMillis, "--kill-after must be MIN..MAX milliseconds, MIN <= MAX");
        require(scratchEvery >= 1, "--scratch-every must be at least 1");
        require(sample >= 0, "--sample must not be negative");
        for (String reserved : List.of("--port", "--data-dir", "--durability")) {
            require(serverArgs.stream().noneMatch(a -> a.equals(reserved) || a.startsWith(reserved + "=")),
                reserved + " is set by the harness; do not pass it to the server");
        }
        return this;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
