package io.ringtail.gateway;

import io.ringtail.gateway.http.ErrorCode;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue #23's fuzz against a real server in its own JVM ({@link ChildGateway}), shared by the bounded run in
 * the default suite and the long run behind {@code bin/ringtail-fuzz}: sets up fuzzed accounts with orders
 * and two untouched accounts, sends {@link HostileRequests}, and checks every answer (never a 5xx but the
 * 503 and 504 that are by design, a JSON body whose code is in the catalogue with its status, an answer
 * within the deadline), then the untouched accounts, the server's health and its log growth.
 */
final class HostileFuzz {
    static final long[] UNTOUCHED = {7_770_001, 7_770_002};
    static final int DEADLINE_MILLIS = 5_000;
    private static final int MAX_VIOLATIONS = 20;

    private final ChildGateway child;
    private final int port;
    private final String key;
    private static final long PROGRESS_EVERY = 100_000;

    private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
    private long startedNanos;
    private long setUpVersion;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    /** What a run saw. */
    static final class Report {
        final Map<Integer, Long> statuses = new TreeMap<>();
        final List<String> violations = new ArrayList<>();
        long requests;
        long unanswered;
        long closedWithoutAnswer;
        long logBytes;
        long elapsedMillis;
        long seed;
        boolean healthyAfter;
        boolean untouchedUnchanged;

        long count(int from, int to) {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() < to)
                .mapToLong(Map.Entry::getValue).sum();
        }

        String summary() {
            return "hostile fuzz: seed=" + seed + " requests=" + requests + " statuses=" + statuses + " 5xx=" + count(500, 600)
                + " 500=" + statuses.getOrDefault(500, 0L) + " unanswered=" + unanswered + " closed-without-answer="
                + closedWithoutAnswer + " violations=" + violations.size() + " log-bytes=" + logBytes + " healthy-after="
                + healthyAfter + " untouched-unchanged=" + untouchedUnchanged + " elapsed=" + elapsedMillis / 1000 + " s";
        }
    }

    HostileFuzz(ChildGateway child) throws Exception {
        this.child = child;
        this.port = child.port();
        this.key = child.firstKey();
    }

    /** @param threads clients sending at once, each over its own connection from its own seed (seed + i) */
    Report run(long seed, long requests, int threads) throws Exception {
        long[] orders = setUp();
        String untouchedBefore = untouchedState();
        Report report = new Report();
        report.seed = seed;
        int logBefore = child.output().length();
        long started = System.nanoTime();
        startedNanos = started;
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long share = requests / threads + (t < requests % threads ? 1 : 0);
            HostileRequests generator = new HostileRequests(seed + t, key, orders);
            Thread client = new Thread(() -> {
                try {
                    send(generator, share, report);
                } catch (RuntimeException | Error e) {
                    synchronized (report) {
                        report.violations.add("client " + Thread.currentThread().getName() + " failed: " + e);
                    }
                }
            }, "hostile-fuzz-" + t);
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        report.requests = sent.get();
        if (report.requests != requests) {
            report.violations.add("sent " + report.requests + " of " + requests + " requests");
        }
        report.elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        report.healthyAfter = get("/health/live").statusCode() == 200 && get("/health/ready").statusCode() == 200;
        String untouchedAfter = untouchedState();
        report.untouchedUnchanged = untouchedBefore.equals(untouchedAfter);
        if (!report.untouchedUnchanged) {
            report.violations.add("untouched accounts changed:\n   before: " + untouchedBefore + "   after:  " + untouchedAfter);
        }
        Thread.sleep(200);
        report.logBytes = child.output().length() - logBefore;
        return report;
    }

    private void send(HostileRequests generator, long requests, Report report) {
        try (RawHttp.Connection connection = new RawHttp.Connection(port)) {
            for (long i = 0; i < requests; i++) {
                HostileRequests.Hostile request = generator.next();
                if (request.freshConnection()) {
                    connection.close();
                }
                boolean reused = connection.isOpen();
                RawHttp.Answer answer = connection.exchange(request.bytes(), request.head(), request.complete(), DEADLINE_MILLIS);
                if (answer.closed() && reused) {
                    // The server may have closed the kept connection meanwhile (an idle timeout): try once afresh.
                    answer = connection.exchange(request.bytes(), request.head(), request.complete(), DEADLINE_MILLIS);
                }
                if (request.freshConnection()) {
                    connection.close();
                }
                synchronized (report) {
                    check(report, i, request, answer);
                }
                long total = sent.incrementAndGet();
                if (total % PROGRESS_EVERY == 0) {
                    System.out.println("hostile fuzz: " + total + " requests in " + (System.nanoTime() - startedNanos) / 1_000_000_000L + " s");
                }
            }
        }
    }

    private static void check(Report report, long index, HostileRequests.Hostile request, RawHttp.Answer answer) {
        if (answer.timedOut()) {
            report.unanswered++;
            violation(report, index, request, "no answer within " + DEADLINE_MILLIS + " ms");
            return;
        }
        if (!answer.answered()) {
            if (request.complete()) {
                report.closedWithoutAnswer++;
                violation(report, index, request, "closed without an answer");
            }
            return;
        }
        int status = answer.status();
        report.statuses.merge(status, 1L, Long::sum);
        if (status >= 500 && status != 503 && status != 504) {
            violation(report, index, request, "answered " + answer);
        }
        if (status >= 400) {
            String problem = errorBodyProblem(answer, request.head());
            if (problem != null) {
                violation(report, index, request, problem + ": " + answer);
            }
        }
    }

    /** Null when the error answer is a JSON body naming a catalogue code with this status. */
    static String errorBodyProblem(RawHttp.Answer answer, boolean head) {
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/json")) {
            return "no JSON content type";
        }
        if (head) {
            return null;
        }
        JsonObject body;
        try {
            body = new JsonObject(answer.body());
        } catch (RuntimeException e) {
            return "a body that is not a JSON object";
        }
        String error = body.getString("error");
        ErrorCode code;
        try {
            code = ErrorCode.valueOf(error);
        } catch (RuntimeException e) {
            return "error code '" + error + "' is not in the catalogue";
        }
        if (code.status() != answer.status()) {
            return "status " + answer.status() + " but the catalogue says " + code.status() + " for " + code;
        }
        return body.getString("message") == null ? "no message" : null;
    }

    private static void violation(Report report, long index, HostileRequests.Hostile request, String what) {
        if (report.violations.size() < MAX_VIOLATIONS) {
            String bytes = new String(request.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            report.violations.add("#" + index + " [" + request.label() + "] " + what + "\n   request: "
                + bytes.substring(0, Math.min(bytes.length(), 300)).replace("\r", "\\r").replace("\n", "\\n"));
        } else if (report.violations.size() == MAX_VIOLATIONS) {
            report.violations.add("... and more");
        }
    }

    /**
     * Accounts 1 and 2 (fuzzed) with cash, positions and resting orders; the untouched ones with cash and a
     * position but no order, since the fuzz amends and cancels as an admin: an order id a mutation can reach
     * (a fuzzed id with a digit appended, {@code %31}, {@code +1}) could be theirs.
     */
    private long[] setUp() throws Exception {
        for (long account : new long[] {1, 2, UNTOUCHED[0], UNTOUCHED[1]}) {
            expect(201, post("/accounts", "{\"accountId\": " + account + ", \"cash\": 100000000}"));
            expect(200, post("/accounts/" + account + "/deposits", "{\"symbol\": \"ACME\", \"quantity\": 1000000}"));
        }
        long[] orders = new long[40];
        for (int i = 0; i < orders.length; i++) {
            boolean buy = i % 2 == 0;
            JsonObject placed = expect(201, post("/orders", "{\"accountId\": " + (1 + i % 4 / 2) + ", \"clientOrderId\": \"s-" + i
                + "\", \"symbol\": \"ACME\", \"side\": \"" + (buy ? "BUY" : "SELL") + "\", \"price\": " + (buy ? 50 : 200)
                + ", \"quantity\": 5}"));
            orders[i] = placed.getLong("orderId");
            setUpVersion = placed.getLong("version");
        }
        return orders;
    }

    private String untouchedState() throws Exception {
        StringBuilder state = new StringBuilder();
        for (long account : UNTOUCHED) {
            JsonObject json = expect(200, get("/accounts/" + account + "?minVersion=" + setUpVersion));
            state.append(json.encode()).append('\n');
        }
        return state.toString();
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject expect(int status, HttpResponse<String> response) {
        return TestGateway.expect(status, response);
    }
}
