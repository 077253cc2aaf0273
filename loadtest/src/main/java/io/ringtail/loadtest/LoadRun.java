package io.ringtail.loadtest;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One load run from start to summary:
 * <pre>
 *  1. setup     GET /instruments, create + fund accounts (not measured)
 *  2. sessions  one ClientSession per connection, each on its own event-loop context
 *  3. run       warm-up, then the measured window; this thread prints progress every second
 *  4. drain     wait for in-flight replies (bounded by the request timeout)
 *  5. summary   measured histograms and counts per operation
 * </pre>
 */
final class LoadRun {
    /** A small lead so every session is scheduled before its first planned send time. */
    private static final long START_LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final LoadSettings settings;
    private final PrintStream out;

    LoadRun(LoadSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** @throws SetupException when the gateway cannot be reached or refuses the setup */
    RunSummary execute() throws SetupException, InterruptedException {
        // One event loop per core by default (Vert.x would take two): the client shares the machine with the
        // server more often than not, and extra loops only add context switches to what it measures.
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(settings.clientThreads())
                .setPreferNativeTransport(true));
        out.printf("transport: %s%n", vertx.isNativeTransportEnabled() ? "native epoll" : "NIO");
        GatewayClient gateway = new GatewayClient(vertx, settings.url(), settings.connections(),
                settings.timeout(), settings.apiKey());
        try {
            if (settings.fixedEndpoint()) {
                out.printf("fixed endpoint: GET %s (no setup)%n", settings.endpoint());
                try (EndpointClient endpoint = new EndpointClient(vertx, settings.url(), settings.endpoint(),
                        settings.timeout(), settings.apiKey())) {
                    return drive(vertx, gateway, endpoint, List.of(), SetupCounts.NONE);
                }
            }
            AccountSetup setup = new AccountSetup(gateway, settings);
            List<Instrument> instruments = await(setup.instruments(), "reading instruments");
            out.printf("setup: %d accounts (run id %d) on %s%n", settings.accounts(), settings.runId(),
                    instruments.stream().map(Instrument::symbol).toList());
            await(setup.fundAccounts(instruments), "funding accounts");
            return drive(vertx, gateway, null, instruments, setup.sent());
        } finally {
            gateway.close();
            closeQuietly(vertx);
        }
    }

    /** @param endpoint the --endpoint client, or null to run the mix through {@code gateway} */
    private RunSummary drive(Vertx vertx, GatewayClient gateway, EndpointClient endpoint, List<Instrument> instruments, SetupCounts setup)
            throws InterruptedException {
        long start = System.nanoTime() + START_LEAD_NANOS;
        long measureStart = start + settings.warmup().toNanos();
        long end = measureStart + settings.duration().toNanos();
        LoadStats stats = new LoadStats(measureStart, end);
        stats.setupSent(setup);
        OrderGenerator generator = settings.fixedEndpoint() ? null : new OrderGenerator(instruments);

        List<Future<Void>> sessions = new ArrayList<>();
        for (int i = 0; i < settings.connections(); i++) {
            SendSchedule schedule = settings.mode() == LoadMode.FIXED_RATE
                    ? new FixedRateSchedule(start, settings.rate(), settings.connections(), i)
                    : new ClosedLoopSchedule();
            ClientSession session = new ClientSession(vertx, gateway, stats, schedule, settings.mix(), generator,
                    accountsOf(i), endpoint == null ? null : endpoint.connection(), settings.verifyRyw(), "r" + settings.runId() + "-c" + i + "-", settings.seed() * 31 + i);
            sessions.add(session.start());
        }

        ProgressReporter progress = new ProgressReporter(stats, out, start);
        long tick = start + TimeUnit.SECONDS.toNanos(1);
        while (tick <= end) {
            sleepUntil(tick);
            progress.tick(System.nanoTime(), start);
            tick += TimeUnit.SECONDS.toNanos(1);
        }
        sleepUntil(end);
        try {
            long drainMillis = settings.timeout().toMillis() + 2_000;
            Future.join(sessions).toCompletionStage().toCompletableFuture().get(drainMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            out.println("warning: some connections did not finish within the timeout after the end of the run");
        }
        return stats.summarize(conditions(instruments));
    }

    /** Spreads accounts over connections; with fewer accounts than connections, connections share them. */
    private long[] accountsOf(int connection) {
        int n = settings.accounts();
        int c = settings.connections();
        if (n <= c) {
            return new long[] {settings.accountId(connection % n)};
        }
        List<Long> ids = new ArrayList<>();
        for (int i = connection; i < n; i += c) {
            ids.add(settings.accountId(i));
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private RunSummary.Conditions conditions(List<Instrument> instruments) {
        return new RunSummary.Conditions(settings.url().getHost() + ":" + settings.url().getPort(), settings.mode(),
                settings.mode() == LoadMode.FIXED_RATE ? settings.rate() : 0, settings.connections(),
                settings.fixedEndpoint() ? 0 : settings.accounts(), instruments.stream().map(Instrument::symbol).toList(),
                settings.fixedEndpoint() ? "GET " + settings.endpoint() : settings.mix().toString(),
                settings.seed(), settings.runId(), settings.verifyRyw(),
                settings.warmup().toMillis() / 1000.0, settings.duration().toMillis() / 1000.0);
    }

    private <T> T await(Future<T> future, String what) throws SetupException, InterruptedException {
        try {
            long millis = settings.timeout().toMillis() * Math.max(1, settings.accounts()) + 10_000;
            return future.toCompletionStage().toCompletableFuture().get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new SetupException(what + " failed: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new SetupException(what + " timed out");
        }
    }

    private static void closeQuietly(Vertx vertx) throws InterruptedException {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Nothing left to measure; a slow shutdown must not change the verdict.
        }
    }

    private static void sleepUntil(long deadlineNanos) throws InterruptedException {
        long remaining;
        while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining);
        }
    }

    /** The run could not start: the gateway is unreachable or refused the setup. */
    static final class SetupException extends Exception {
        SetupException(String message) {
            super(message);
        }
    }
}
