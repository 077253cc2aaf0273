package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * One client of the workload, trading on its own account: places orders with unique clientOrderIds
 * (prices a few ticks around a mid, so buys and sells cross and trade), cancels and amends some of its
 * resting ones; a few of its orders are FOK, post-only or MARKET (protection price or budget), some carry
 * self-trade prevention, and now and then it mass-cancels one symbol. One request at a time, paced to its share of the rate. Every reply goes to the
 * {@link AckLog} and the {@link Ledger} as it arrives; a request the kill left without an answer is recorded
 * as unanswered. Its state (order counter, resting orders, random) lives on across server restarts.
 */
final class CrashClient {
    private static final int PRICE_SPREAD_TICKS = 5;

    private final int id;
    private final long accountId;
    private final List<Instrument> instruments;
    private final Ledger ledger;
    private final AckLog log;
    private final Random random;
    private final List<Resting> resting = new ArrayList<>();
    private long nextOrder;

    CrashClient(int id, long accountId, List<Instrument> instruments, Ledger ledger, AckLog log, long seed) {
        this.id = id;
        this.accountId = accountId;
        this.instruments = instruments;
        this.ledger = ledger;
        this.log = log;
        this.random = new Random(seed * 1_000_003L + id);
    }

    long accountId() {
        return accountId;
    }

    /** Sends commands every {@code intervalNanos} until {@code stop} says so. */
    void run(HttpApi api, int iteration, long intervalNanos, BooleanSupplier stop) {
        long next = System.nanoTime();
        while (!stop.getAsBoolean()) {
            double pick = random.nextDouble();
            if (pick < 0.6 || resting.isEmpty()) {
                place(api, iteration);
            } else if (pick < 0.61) {
                massCancel(api, iteration);
            } else if (pick < 0.8) {
                cancel(api, iteration);
            } else {
                amend(api, iteration);
            }
            next += intervalNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -TimeUnit.SECONDS.toNanos(1)) {
                next = System.nanoTime(); // fell far behind (a slow reply): do not burst to catch up
            }
        }
    }

    private void place(HttpApi api, int iteration) {
        Instrument instrument = instruments.get(random.nextInt(instruments.size()));
        PlaceRequest request = new PlaceRequest(accountId, "c" + id + "-" + (++nextOrder), instrument.symbol(),
            random.nextBoolean() ? "BUY" : "SELL",
            instrument.mid() + instrument.tickSize() * (random.nextInt(2 * PRICE_SPREAD_TICKS + 1) - PRICE_SPREAD_TICKS),
            instrument.lotSize() * (1 + random.nextInt(10)), random.nextInt(5) == 0 ? "IOC" : "GTC");
        request = withOrderType(request);
        JsonObject body = request.toJson();
        HttpApi.Reply reply;
        try {
            reply = api.post("/orders", body);
        } catch (IOException e) {
            log.unanswered(iteration, "place", body, e.toString());
            ledger.unanswered();
            ledger.placeUnanswered(request);
            return;
        }
        log.answered(iteration, "place", body, reply);
        ledger.answered(reply.status() == 201);
        if (reply.status() == 201) {
            JsonObject json = reply.json();
            ledger.placeAccepted(request, json);
            ledger.newVersion(json.getLong("version"), "place " + request.clientOrderId());
            if (isOpen(json.getString("status"))) {
                resting.add(new Resting(json.getLong("orderId"), instrument));
            }
        }
    }

    /** One order in twenty gets an issue #22 type or control; the rest stay plain limit orders. */
    private PlaceRequest withOrderType(PlaceRequest plain) {
        int kind = random.nextInt(100);
        JsonObject controls;
        String timeInForce = plain.timeInForce();
        long price = plain.price();
        if (kind == 0) {
            controls = new JsonObject();
            timeInForce = "FOK";
        } else if (kind == 1) {
            controls = new JsonObject().put("postOnly", true);
            timeInForce = "GTC";
        } else if (kind == 2) {
            controls = new JsonObject().put("type", "MARKET");
            timeInForce = "IOC";
            if (plain.side().equals("BUY") && random.nextBoolean()) {
                controls.put("budget", plain.price() * plain.quantity());
                price = 0;
            }
        } else if (kind < 5) {
            controls = new JsonObject().put("selfTradePrevention", random.nextBoolean() ? "CANCEL_OLDEST" : "CANCEL_NEWEST");
        } else {
            return plain;
        }
        return new PlaceRequest(plain.accountId(), plain.clientOrderId(), plain.symbol(), plain.side(), price,
            plain.quantity(), timeInForce, controls);
    }

    /**
     * DELETE /accounts/{id}/orders?symbol=: the client's account is its own, so an acknowledged mass cancel
     * leaves none of the orders it believed resting in that symbol open. Only a count comes back, and a count of
     * 0 emitted nothing (its version is not a new one).
     */
    private void massCancel(HttpApi api, int iteration) {
        Instrument instrument = instruments.get(random.nextInt(instruments.size()));
        List<Long> targets = new ArrayList<>();
        resting.removeIf(r -> r.instrument().symbol().equals(instrument.symbol()) && targets.add(r.orderId()));
        JsonObject request = new JsonObject().put("accountId", accountId).put("symbol", instrument.symbol());
        HttpApi.Reply reply;
        try {
            reply = api.delete("/accounts/" + accountId + "/orders?symbol=" + instrument.symbol());
        } catch (IOException e) {
            log.unanswered(iteration, "mass-cancel", request, e.toString());
            ledger.unanswered();
            return;
        }
        log.answered(iteration, "mass-cancel", request, reply);
        ledger.answered(reply.status() == 200);
        if (reply.status() == 200) {
            ledger.massCancelAcknowledged(targets);
            if (reply.json().getLong("cancelled") > 0) {
                ledger.newVersion(reply.json().getLong("version"), "mass cancel " + instrument.symbol());
            }
        }
    }

    private void cancel(HttpApi api, int iteration) {
        long orderId = resting.remove(random.nextInt(resting.size())).orderId();
        JsonObject request = new JsonObject().put("orderId", orderId).put("accountId", accountId);
        HttpApi.Reply reply;
        try {
            reply = api.delete("/orders/" + orderId + "?accountId=" + accountId);
        } catch (IOException e) {
            log.unanswered(iteration, "cancel", request, e.toString());
            ledger.unanswered();
            return;
        }
        log.answered(iteration, "cancel", request, reply);
        ledger.answered(reply.status() == 200);
        if (reply.status() == 200) {
            ledger.cancelAcknowledged(orderId);
            ledger.newVersion(reply.json().getLong("version"), "cancel " + orderId);
        }
    }

    private void amend(HttpApi api, int iteration) {
        int index = random.nextInt(resting.size());
        long orderId = resting.get(index).orderId();
        AmendTarget target = amendTarget(resting.get(index).instrument());
        JsonObject body = new JsonObject().put("accountId", accountId);
        if (target.price != null) {
            body.put("price", target.price);
        }
        if (target.quantity != null) {
            body.put("quantity", target.quantity);
        }
        HttpApi.Reply reply;
        try {
            reply = api.patch("/orders/" + orderId, body);
        } catch (IOException e) {
            log.unanswered(iteration, "amend", body.copy().put("orderId", orderId), e.toString());
            ledger.unanswered();
            ledger.amendUnanswered(orderId, target.price, target.quantity);
            resting.remove(index);
            return;
        }
        log.answered(iteration, "amend", body.copy().put("orderId", orderId), reply);
        ledger.answered(reply.status() == 200);
        if (reply.status() == 200) {
            JsonObject json = reply.json();
            ledger.amendAcknowledged(orderId, target.price, target.quantity);
            ledger.newVersion(json.getLong("version"), "amend " + orderId);
            if (!isOpen(json.getString("status"))) {
                resting.remove(index);
            }
        } else if (reply.status() == 422 && reply.body().contains("ORDER_NOT_OPEN")) {
            resting.remove(index);
        }
    }

    /** A new total quantity, or a new price near the mid (which may cross and trade at once). */
    private AmendTarget amendTarget(Instrument instrument) {
        return random.nextBoolean()
            ? new AmendTarget(null, instrument.lotSize() * (1 + random.nextInt(10)))
            : new AmendTarget(instrument.mid() + instrument.tickSize() * (random.nextInt(3) - 1), null);
    }

    private static boolean isOpen(String status) {
        return "NEW".equals(status) || "PARTIALLY_FILLED".equals(status);
    }

    private record AmendTarget(Long price, Long quantity) {
    }

    private record Resting(long orderId, Instrument instrument) {
    }
}
