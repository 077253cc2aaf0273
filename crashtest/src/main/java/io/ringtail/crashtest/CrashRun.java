package io.ringtail.crashtest;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The crash loop: start the gateway, open and fund one account per client, then {@code iterations} times:
 * run the clients for a seeded random while, SIGKILL the server in the middle of their traffic, restart it
 * on the same data directory and run the {@link RecoveryCheck}s. Setup completes before the first kill.
 */
final class CrashRun {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final long CASH = 1_000_000_000_000L;
    private static final long POSITION_LOTS = 1_000_000_000L;

    private final CrashSettings settings;
    private final PrintStream out;
    private final Violations violations;
    private final Ledger ledger;
    private final Random random;
    private int restartsFromSnapshot;

    CrashRun(CrashSettings settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.violations = new Violations(err);
        this.ledger = new Ledger(violations);
        this.random = new Random(settings.seed());
    }

    Violations violations() {
        return violations;
    }

    /** @return the summary written to the report file */
    JsonObject run() throws IOException, InterruptedException {
        Path dataDir = settings.dataDir();
        if (Files.exists(dataDir.resolve(settings.journalSubdir()))) {
            throw new IllegalArgumentException(dataDir + " already holds a journal: the harness needs a fresh data directory");
        }
        Files.createDirectories(dataDir);
        Path serverLog = settings.workDir().resolve("logs/server.log");
        JsonArray iterations = new JsonArray();
        long started = System.nanoTime();
        try (AckLog log = new AckLog(settings.workDir().resolve("acks.log"))) {
            GatewayProcess server = GatewayProcess.startReady(settings, dataDir, serverLog);
            try {
                HttpApi api = new HttpApi(server.url(), GatewayProcess.apiKey(settings, server), REQUEST_TIMEOUT);
                List<Instrument> instruments = instruments(api);
                List<CrashClient> clients = new ArrayList<>();
                List<Long> accounts = new ArrayList<>();
                for (int i = 0; i < settings.clients(); i++) {
                    long account = i + 1;
                    fund(api, log, account, instruments);
                    accounts.add(account);
                    clients.add(new CrashClient(i, account, instruments, ledger, log, settings.seed()));
                }
                RecoveryCheck check = new RecoveryCheck(settings, ledger, violations, log, accounts, instruments);
                for (int iteration = 1; iteration <= settings.iterations(); iteration++) {
                    long before = violations.total();
                    long answeredBefore = ledger.answered();
                    long unansweredBefore = ledger.unansweredCount();
                    long loadMillis = settings.killMinMillis()
                        + (long) (random.nextDouble() * (settings.killMaxMillis() - settings.killMinMillis()));
                    runLoadThenKill(server, api, clients, iteration, loadMillis);

                    long restart = System.nanoTime();
                    try {
                        server = GatewayProcess.startReady(settings, dataDir, serverLog);
                    } catch (GatewayProcess.ExitedEarly e) {
                        violations.report(Violation.ofFailedStart(e.getMessage(), Violation.RECOVERY_FAILED),
                            "iteration " + iteration + ": the killed server did not start again: " + e.getMessage());
                        String line = "iteration " + iteration + ": the server did not recover; run stopped";
                        out.println(line);
                        iterations.add(line);
                        return summary(iterations, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                    }
                    api = new HttpApi(server.url(), GatewayProcess.apiKey(settings, server), REQUEST_TIMEOUT);
                    long restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restart);
                    boolean replay = iteration % settings.scratchEvery() == 0 || iteration == settings.iterations();
                    RecoveryCheck.Result result = check.run(iteration, api, dataDir, replay);
                    String line = String.format(Locale.ROOT, "iteration %d/%d: load %d ms, answered %d, unanswered %d; "
                            + "killed, recovered %s%d events to %d in %d ms; verified %d acks, retried %d unanswered "
                            + "(%d originals), replay %s; violations %d",
                        iteration, settings.iterations(), loadMillis, ledger.answered() - answeredBefore,
                        ledger.unansweredCount() - unansweredBefore,
                        result.snapshotSequence() > 0 ? "snapshot " + result.snapshotSequence() + " + " : "",
                        result.recoveredEvents(), result.head(),
                        restartMillis, result.verified(), result.retried(), result.retriedOriginal(),
                        result.replayed() ? "compared" : "skipped", violations.total() - before);
                    out.println(line);
                    iterations.add(line);
                    if (result.snapshotSequence() > 0) {
                        restartsFromSnapshot++;
                    }
                }
                int exit = server.stop();
                if (exit != 0) {
                    throw new IllegalStateException("the gateway exited with " + exit + " after SIGTERM; see " + serverLog);
                }
            } finally {
                server.close();
            }
        }
        return summary(iterations, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /** The clients run on their own threads; the kill lands while their requests are in flight. */
    private void runLoadThenKill(GatewayProcess server, HttpApi api, List<CrashClient> clients, int iteration,
                                 long loadMillis) throws InterruptedException {
        long interval = TimeUnit.SECONDS.toNanos(1) * settings.clients() / settings.rate();
        List<Thread> threads = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        for (CrashClient client : clients) {
            Thread thread = new Thread(() -> client.run(api, iteration, interval, stop::get),
                "crash-client-" + client.accountId());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(loadMillis);
        server.kill();
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
            if (thread.isAlive()) {
                throw new IllegalStateException(thread.getName() + " did not stop within 60 s of the kill");
            }
        }
    }

    private List<Instrument> instruments(HttpApi api) throws IOException {
        HttpApi.Reply reply = api.get("/instruments");
        if (reply.status() != 200) {
            throw new IllegalStateException("GET /instruments answered " + reply);
        }
        JsonArray list = new JsonArray(reply.body());
        List<Instrument> instruments = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject json = list.getJsonObject(i);
            instruments.add(new Instrument(json.getString("symbol"), json.getLong("tickSize"), json.getLong("lotSize")));
        }
        if (instruments.isEmpty()) {
            throw new IllegalStateException("the gateway lists no instruments");
        }
        return instruments;
    }

    /** Opens and funds one account before the first kill; its versions are acknowledged like any command's. */
    private void fund(HttpApi api, AckLog log, long account, List<Instrument> instruments) throws IOException {
        setup(api, log, "/accounts", new JsonObject().put("accountId", account).put("cash", CASH), 201, "open " + account);
        for (Instrument instrument : instruments) {
            setup(api, log, "/accounts/" + account + "/deposits", new JsonObject().put("symbol", instrument.symbol())
                .put("quantity", POSITION_LOTS * instrument.lotSize()), 200, "deposit " + account + " " + instrument.symbol());
        }
    }

    private void setup(HttpApi api, AckLog log, String path, JsonObject body, int expected, String command) throws IOException {
        HttpApi.Reply reply = api.post(path, body);
        log.answered(0, "setup", body.copy().put("path", path), reply);
        if (reply.status() != expected) {
            throw new IllegalStateException(command + " answered " + reply);
        }
        ledger.answered(true);
        ledger.newVersion(reply.json().getLong("version"), command);
    }

    private JsonObject summary(JsonArray iterations, long seconds) {
        JsonObject summary = new JsonObject()
            .put("kills", settings.iterations())
            .put("durability", settings.durability())
            .put("seed", settings.seed())
            .put("clients", settings.clients())
            .put("rate", settings.rate())
            .put("seconds", seconds)
            .put("acknowledged", ledger.answered())
            .put("accepted", ledger.accepted())
            .put("unanswered", ledger.unansweredCount())
            .put("verified", ledger.verifiedCount())
            .put("ordersPlaced", ledger.placeCount())
            .put("restartsFromSnapshot", restartsFromSnapshot);
        for (Violation kind : Violation.values()) {
            summary.put(camel(kind.label()), violations.count(kind));
        }
        summary.put("violations", violations.total()).put("passed", violations.total() == 0).put("iterations", iterations);
        return summary;
    }

    private static String camel(String label) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : label.toCharArray()) {
            if (c == ' ') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
