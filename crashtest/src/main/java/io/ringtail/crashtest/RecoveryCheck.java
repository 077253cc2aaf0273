package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Everything checked after a restart, before the next load phase, on a server that takes no other commands:
 * <ol>
 *   <li>no acknowledged version lies beyond the recovered head; acknowledged places retried with their
 *       clientOrderId get the identical reply and are visible; acknowledged amends and cancels show;</li>
 *   <li>the state digest equals a from-scratch replay's at the same version;</li>
 *   <li>the views answer exactly as views rebuilt from zero;</li>
 *   <li>places the kill left unanswered, retried with their clientOrderId, get the original or a fresh
 *       acceptance, and no clientOrderId ever has two orders;</li>
 *   <li>the from-scratch replay folded exactly one event per sequence up to the head, and the first command
 *       after the restart continues at head + 1 (no gap).</li>
 * </ol>
 * Versions handed out twice or at or below a recovered head are caught as they arrive ({@link Ledger#newVersion}).
 */
final class RecoveryCheck {
    private static final int OVERLOAD_RETRIES = 50;

    private final CrashSettings settings;
    private final Ledger ledger;
    private final Violations violations;
    private final AckLog log;
    private final List<Long> accounts;
    private final List<Instrument> instruments;
    private final Random random;

    RecoveryCheck(CrashSettings settings, Ledger ledger, Violations violations, AckLog log, List<Long> accounts,
                  List<Instrument> instruments) {
        this.settings = settings;
        this.ledger = ledger;
        this.violations = violations;
        this.log = log;
        this.accounts = accounts;
        this.instruments = instruments;
        this.random = new Random(settings.seed() ^ 0x5DEECE66DL);
    }

    /** What one restart's checks found, for the iteration's line. */
    record Result(long head, long recoveredEvents, long snapshotSequence, long verified, int retried, int retriedOriginal,
                  boolean replayed) {
    }

    Result run(int iteration, HttpApi api, Path dataDir, boolean compareWithReplay) throws IOException, InterruptedException {
        ServerState recovered = ServerState.fetch(api);
        long head = recovered.version();
        ledger.restarted(head).forEach((version, command) -> violations.report(Violation.LOST_ACK, "iteration "
            + iteration + ": " + command + " was acknowledged with version " + version
            + " but the server recovered only to " + head));

        ViewDump views = ViewDump.take(api, accounts, instruments, head);
        if (compareWithReplay) {
            compareWithReplay(iteration, dataDir, recovered, views);
        }
        probeNextSequence(iteration, api, head);
        long verified = verifyPlaces(iteration, api, head) + verifyOrders(iteration, api, head);
        ledger.verified(verified);
        int[] retried = retryUnanswered(iteration, api, head);
        if (retried[0] > 0) {
            views = ViewDump.take(api, accounts, instruments, ServerState.fetch(api).version());
        }
        findDuplicates(iteration, views);
        return new Result(head, recovered.recoveredEvents(), recovered.snapshotSequence(), verified, retried[0], retried[1], compareWithReplay);
    }

    /** Checks 2, 3 and 5: digest, views and sequence continuity against a replay of the journal from zero. */
    private void compareWithReplay(int iteration, Path dataDir, ServerState recovered, ViewDump views)
        throws IOException, InterruptedException {
        long head = recovered.version();
        ScratchReplay scratch;
        try {
            scratch = ScratchReplay.start(settings, dataDir, iteration);
        } catch (GatewayProcess.ExitedEarly e) {
            // Replay refuses a journal with a sequence gap, so a replay that cannot start is a finding, not a crash.
            violations.report(Violation.ofFailedStart(e.getMessage(), Violation.DIVERGENT_REPLAY), "iteration " + iteration
                + ": the from-scratch replay of the journal did not start: " + e.getMessage());
            return;
        }
        try (scratch) {
            ServerState replayed = ServerState.fetch(scratch.api());
            if (replayed.version() != head || !replayed.stateHash().equals(recovered.stateHash())) {
                violations.report(Violation.DIVERGENT_REPLAY, "iteration " + iteration + ": recovered state "
                    + recovered.stateHash() + " at " + head + ", from-scratch replay " + replayed.stateHash() + " at "
                    + replayed.version());
            }
            if (replayed.recoveredEvents() != replayed.recoveredSequence() || replayed.recoveredSequence() != head) {
                violations.report(Violation.SEQUENCE_GAP, "iteration " + iteration + ": the replay folded "
                    + replayed.recoveredEvents() + " events to sequence " + replayed.recoveredSequence()
                    + " (recovered head " + head + ")");
            }
            String difference = views.firstDifference(ViewDump.take(scratch.api(), accounts, instruments, head));
            if (difference != null) {
                violations.report(Violation.DIVERGENT_VIEWS, "iteration " + iteration + ": recovered vs rebuilt views, "
                    + difference);
            }
        }
    }

    /**
     * Check 5 at the restart itself: the first command after recovery, a cash deposit of one unit (exactly one
     * event), must get version head + 1: above it is a gap, at or below it a reuse.
     */
    private void probeNextSequence(int iteration, HttpApi api, long head) throws IOException {
        long account = accounts.get(0);
        JsonObject body = new JsonObject().put("amount", 1);
        HttpApi.Reply reply = api.post("/accounts/" + account + "/deposits", body);
        log.answered(iteration, "probe", body.copy().put("path", "/accounts/" + account + "/deposits"), reply);
        if (reply.status() != 200) {
            throw new IOException("the probe deposit after restart answered " + reply);
        }
        long version = reply.json().getLong("version");
        if (version > head + 1) {
            violations.report(Violation.SEQUENCE_GAP, "iteration " + iteration + ": recovered to " + head
                + " but the first command after restart got version " + version);
        }
        ledger.newVersion(version, "probe deposit after restart " + iteration);
    }

    /** Check 1 for places: the retry is answered with the original reply, and the order is there. */
    private long verifyPlaces(int iteration, HttpApi api, long head) throws IOException, InterruptedException {
        List<Ledger.PlacedOrder> places = ledger.placesToVerify(settings.sample(), random);
        for (Ledger.PlacedOrder place : places) {
            String id = place.request().clientOrderId();
            HttpApi.Reply retry = placeAgain(iteration, api, place.request());
            if (retry.status() != 201) {
                violations.report(Violation.LOST_ACK, "iteration " + iteration + ": place " + id + " was acknowledged "
                    + place.reply() + " but its retry answered " + retry);
                continue;
            }
            JsonObject again = retry.json();
            if (!Objects.equals(again.getLong("orderId"), place.orderId())) {
                violations.report(Violation.DOUBLE_EFFECT, "iteration " + iteration + ": place " + id
                    + " was acknowledged " + place.reply() + " but its retry made another order: " + again);
            } else if (!again.equals(place.reply())) {
                violations.report(Violation.LOST_ACK, "iteration " + iteration + ": place " + id + " was acknowledged "
                    + place.reply() + " but its retry answered " + again);
            }
            HttpApi.Reply order = api.get("/orders/" + place.orderId() + "?minVersion=" + head);
            JsonObject json = order.status() == 200 ? order.json() : null;
            if (json == null || !Objects.equals(json.getLong("accountId"), place.request().accountId())
                || !id.equals(json.getString("clientOrderId"))) {
                violations.report(Violation.LOST_ACK, "iteration " + iteration + ": acknowledged place " + id
                    + " (order " + place.orderId() + ") reads back as " + order);
            }
        }
        return places.size();
    }

    /** Check 1 for amends and cancels: each order shows its last acknowledged price, quantity and cancel. */
    private long verifyOrders(int iteration, HttpApi api, long head) throws IOException {
        List<OrderTrack> orders = ledger.ordersToVerify(settings.sample(), random);
        for (OrderTrack track : orders) {
            HttpApi.Reply order = api.get("/orders/" + track.orderId + "?minVersion=" + head);
            if (order.status() != 200) {
                violations.report(Violation.LOST_ACK, "iteration " + iteration + ": acknowledged order "
                    + track.orderId + " reads back as " + order);
                continue;
            }
            JsonObject json = order.json();
            boolean priceOk = track.price == null || track.price.equals(json.getLong("price"));
            boolean quantityOk = track.quantity == null || track.quantity.equals(json.getLong("quantity"));
            boolean cancelOk = !track.cancelAcknowledged || "CANCELLED".equals(json.getString("status"));
            String status = json.getString("status");
            cancelOk &= !track.massCancelAcknowledged || "CANCELLED".equals(status) || "FILLED".equals(status);
            if (!priceOk || !quantityOk || !cancelOk) {
                violations.report(Violation.LOST_ACK, "iteration " + iteration + ": order " + track.orderId
                    + " should show price " + track.price + ", quantity " + track.quantity + (track.cancelAcknowledged
                    ? ", CANCELLED" : "") + (track.massCancelAcknowledged ? ", not open (mass cancel)" : "") + " after its acknowledged amends and cancel, but reads " + json);
            }
        }
        return orders.size();
    }

    /**
     * Check 4: every place the kill left unanswered is sent again with its clientOrderId. The answer is the
     * original (version at or below the head: it had been journaled) or a fresh acceptance (above it), or a
     * rejection; a second retry must then repeat the first's reply exactly.
     *
     * @return {retried, of which originals}
     */
    private int[] retryUnanswered(int iteration, HttpApi api, long head) throws IOException, InterruptedException {
        List<PlaceRequest> unanswered = ledger.takeUnansweredPlaces();
        int originals = 0;
        for (PlaceRequest request : unanswered) {
            HttpApi.Reply first = placeAgain(iteration, api, request);
            if (first.status() != 201) {
                continue;
            }
            JsonObject reply = first.json();
            long version = reply.getLong("version");
            if (version <= head) {
                originals++;
            } else {
                ledger.newVersion(version, "retried place " + request.clientOrderId());
            }
            ledger.placeAccepted(request, reply);
            HttpApi.Reply second = placeAgain(iteration, api, request);
            if (second.status() != 201 || !second.json().equals(reply)) {
                violations.report(Violation.DOUBLE_EFFECT, "iteration " + iteration + ": retried place "
                    + request.clientOrderId() + " answered " + reply + ", then " + second);
            }
        }
        return new int[] {unanswered.size(), originals};
    }

    private void findDuplicates(int iteration, ViewDump views) {
        for (Map.Entry<Long, List<String>> account : views.clientOrderIds().entrySet()) {
            Set<String> seen = new HashSet<>();
            for (String id : account.getValue()) {
                if (!seen.add(id)) {
                    violations.report(Violation.DOUBLE_EFFECT, "iteration " + iteration + ": account " + account.getKey()
                        + " has two orders with clientOrderId " + id);
                }
            }
        }
    }

    private HttpApi.Reply placeAgain(int iteration, HttpApi api, PlaceRequest request)
        throws IOException, InterruptedException {
        JsonObject body = request.toJson();
        for (int attempt = 0; ; attempt++) {
            HttpApi.Reply reply = api.post("/orders", body);
            log.answered(iteration, "retry-place", body, reply);
            if (reply.status() != 503 || attempt >= OVERLOAD_RETRIES) {
                return reply;
            }
            Thread.sleep(100);
        }
    }
}
