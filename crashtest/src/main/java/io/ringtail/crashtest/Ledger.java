package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The harness's memory of what the server acknowledged: accepted places by clientOrderId with their exact
 * replies, what each order must look like after acknowledged amends and cancels, places left unanswered by a
 * kill, and every version handed out by a command that emitted events. Clients record into it concurrently;
 * the checks read it between load phases, when no client runs.
 */
final class Ledger {
    private final Violations violations;
    private final Map<String, PlacedOrder> places = new LinkedHashMap<>();
    private final List<String> placesSinceCheck = new ArrayList<>();
    private final Map<String, PlaceRequest> unansweredPlaces = new LinkedHashMap<>();
    private final Map<Long, OrderTrack> orders = new LinkedHashMap<>();
    private final Set<Long> ordersSinceCheck = new LinkedHashSet<>();
    private final Set<Long> versions = new HashSet<>();
    private final Map<Long, String> versionsSinceRestart = new HashMap<>();
    private long restartHead;
    private long answered;
    private long accepted;
    private long unanswered;
    private long verified;

    Ledger(Violations violations) {
        this.violations = violations;
    }

    /** An accepted place and the reply the server gave; a retry must get exactly this reply. */
    record PlacedOrder(PlaceRequest request, JsonObject reply) {
        long orderId() {
            return reply.getLong("orderId");
        }

        long version() {
            return reply.getLong("version");
        }
    }

    synchronized void answered(boolean wasAccepted) {
        answered++;
        if (wasAccepted) {
            accepted++;
        }
    }

    synchronized void unanswered() {
        unanswered++;
    }

    /**
     * A command that emitted events was acknowledged with {@code version}: no version may be handed out
     * twice, and none after a restart may be at or below the head the server recovered to.
     */
    synchronized void newVersion(long version, String command) {
        if (!versions.add(version)) {
            violations.report(Violation.SEQUENCE_REUSE, "version " + version + " acknowledged twice, again for " + command);
        } else if (version <= restartHead) {
            violations.report(Violation.SEQUENCE_REUSE, "version " + version + " acknowledged for " + command
                + " after the server recovered to " + restartHead);
        }
        versionsSinceRestart.put(version, command);
    }

    synchronized void placeAccepted(PlaceRequest request, JsonObject reply) {
        places.put(request.clientOrderId(), new PlacedOrder(request, reply));
        placesSinceCheck.add(request.clientOrderId());
        long orderId = reply.getLong("orderId");
        orders.put(orderId, new OrderTrack(orderId, request.accountId(), request.clientOrderId(), request.price(),
            request.quantity()));
        ordersSinceCheck.add(orderId);
    }

    synchronized void placeUnanswered(PlaceRequest request) {
        unansweredPlaces.put(request.clientOrderId(), request);
    }

    synchronized void amendAcknowledged(long orderId, Long price, Long quantity) {
        OrderTrack track = orders.get(orderId);
        if (price != null) {
            track.price = price;
        }
        if (quantity != null) {
            track.quantity = quantity;
        }
        ordersSinceCheck.add(orderId);
    }

    synchronized void amendUnanswered(long orderId, Long price, Long quantity) {
        OrderTrack track = orders.get(orderId);
        if (price != null) {
            track.price = null;
        }
        if (quantity != null) {
            track.quantity = null;
        }
    }

    synchronized void massCancelAcknowledged(List<Long> orderIds) {
        for (long orderId : orderIds) {
            orders.get(orderId).massCancelAcknowledged = true;
            ordersSinceCheck.add(orderId);
        }
    }

    synchronized void cancelAcknowledged(long orderId) {
        orders.get(orderId).cancelAcknowledged = true;
        ordersSinceCheck.add(orderId);
    }

    /**
     * The server was restarted and recovered to {@code head}: every version acknowledged before must be at
     * or below it. @return the versions above it, each with the command that was acknowledged with it
     */
    synchronized Map<Long, String> restarted(long head) {
        Map<Long, String> lost = new LinkedHashMap<>();
        versionsSinceRestart.forEach((version, command) -> {
            if (version > head) {
                lost.put(version, command);
            }
        });
        versionsSinceRestart.clear();
        restartHead = head;
        return lost;
    }

    /** Places acknowledged since the last check, then {@code sample} older ones at random. */
    synchronized List<PlacedOrder> placesToVerify(int sample, Random random) {
        List<PlacedOrder> chosen = new ArrayList<>();
        Set<String> recent = new HashSet<>(placesSinceCheck);
        placesSinceCheck.forEach(id -> chosen.add(places.get(id)));
        List<PlacedOrder> older = places.values().stream().filter(p -> !recent.contains(p.request().clientOrderId())).toList();
        for (int i = 0; i < Math.min(sample, older.size()); i++) {
            chosen.add(older.get(random.nextInt(older.size())));
        }
        placesSinceCheck.clear();
        return chosen;
    }

    /** Orders placed, amended or cancelled since the last check, then {@code sample} older ones at random. */
    synchronized List<OrderTrack> ordersToVerify(int sample, Random random) {
        List<OrderTrack> chosen = new ArrayList<>();
        ordersSinceCheck.forEach(id -> chosen.add(orders.get(id)));
        List<OrderTrack> older = orders.values().stream().filter(o -> !ordersSinceCheck.contains(o.orderId)).toList();
        for (int i = 0; i < Math.min(sample, older.size()); i++) {
            chosen.add(older.get(random.nextInt(older.size())));
        }
        ordersSinceCheck.clear();
        return chosen;
    }

    /** Takes the places left unanswered so far; the caller retries each with its clientOrderId. */
    synchronized List<PlaceRequest> takeUnansweredPlaces() {
        List<PlaceRequest> taken = new ArrayList<>(unansweredPlaces.values());
        unansweredPlaces.clear();
        return taken;
    }

    synchronized PlacedOrder place(String clientOrderId) {
        return places.get(clientOrderId);
    }

    synchronized void verified(long count) {
        verified += count;
    }

    synchronized long answered() {
        return answered;
    }

    synchronized long accepted() {
        return accepted;
    }

    synchronized long unansweredCount() {
        return unanswered;
    }

    synchronized long verifiedCount() {
        return verified;
    }

    synchronized int placeCount() {
        return places.size();
    }
}
