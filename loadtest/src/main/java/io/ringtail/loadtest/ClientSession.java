package io.ringtail.loadtest;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.json.JsonObject;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One simulated trader on one connection: at most one request in flight, paced by its schedule,
 * drawing operations from the mix and remembering its own orders from the replies. It lives on a
 * single Vert.x context, so its state needs no locks.
 */
final class ClientSession {
    private final Vertx vertx;
    private final Context context;
    private final GatewayClient gateway;
    private final LoadStats stats;
    private final SendSchedule schedule;
    private final OperationMix mix;
    private final OrderGenerator generator;
    private final long[] accounts;
    private final EndpointClient.Connection endpoint;
    /** The reply handler of --endpoint, one instance for the whole run (no per-request lambda). */
    private final Handler<AsyncResult<HttpClientResponse>> endpointReply = this::endpointReplied;
    /** This connection's measured-window histograms, by operation ordinal, created on first use. */
    private final Histogram[] measured = new Histogram[Operation.values().length];
    /** The intended send time of the --endpoint request in flight (one at a time). */
    private long inFlightIntended;
    private final boolean verifyRyw;
    private final String clientOrderPrefix;
    private final Random random;
    private final OwnOrders orders = new OwnOrders();
    private final Promise<Void> finished = Promise.promise();
    private long clientOrderSeq;
    private boolean bugReported;

    ClientSession(Vertx vertx, GatewayClient gateway, LoadStats stats, SendSchedule schedule, OperationMix mix,
                  OrderGenerator generator, long[] accounts, EndpointClient.Connection endpoint, boolean verifyRyw, String clientOrderPrefix, long seed) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.gateway = gateway;
        this.stats = stats;
        this.schedule = schedule;
        this.mix = mix;
        this.generator = generator;
        this.accounts = accounts;
        this.endpoint = endpoint;
        this.verifyRyw = verifyRyw;
        this.clientOrderPrefix = clientOrderPrefix;
        this.random = new Random(seed);
    }

    /** Runs until the end of the window; completes once the last reply arrived. */
    Future<Void> start() {
        context.runOnContext(v -> next());
        return finished.future();
    }

    private void next() {
        long now = System.nanoTime();
        long end = stats.endNanos();
        if (now >= end) {
            // Still behind schedule at the end: say how many planned requests were never sent.
            stats.addUnsent(schedule.unsentBefore(end) - schedule.unsentBefore(stats.measureStartNanos()));
            finished.complete();
            return;
        }
        long intended = schedule.nextIntended(now);
        if (intended >= end) {
            finished.complete();
            return;
        }
        long wait = intended - now;
        if (wait > 0) {
            vertx.timer(wait, TimeUnit.NANOSECONDS).onComplete(t -> issue(intended));
        } else {
            issue(intended);
        }
    }

    private void issue(long intended) {
        if (endpoint != null) {
            fixedGet(intended);
            return;
        }
        Future<Void> work = switch (mix.draw(random)) {
            case CANCEL -> cancel(intended);
            case AMEND -> amend(intended);
            case QUERY -> query(intended);
            case FOK -> place(intended, Operation.FOK);
            case POST_ONLY -> place(intended, Operation.POST_ONLY);
            case MARKET -> place(intended, Operation.MARKET);
            case MASS_CANCEL -> massCancel(intended);
            default -> place(intended);
        };
        work.onComplete(ar -> {
            if (ar.failed() && !bugReported) {
                bugReported = true;
                System.err.println("ringtail-load: unexpected client failure: " + ar.cause());
            }
            next();
        });
    }

    /**
     * --endpoint: the same GET every time on this session's own connection, its reply only counted and its
     * status checked, never parsed (as wrk does). Latency from the intended time, which in max mode is the
     * send time.
     */
    private void fixedGet(long intended) {
        stats.sent(Operation.GET);
        inFlightIntended = intended;
        endpoint.get().onComplete(endpointReply);
    }

    private void endpointReplied(AsyncResult<HttpClientResponse> ar) {
        long intended = inFlightIntended;
        long now = System.nanoTime();
        long micros = OperationStats.micros(now - intended);
        stats.replied(Operation.GET, now);
        boolean inWindow = stats.inMeasuredWindow(intended);
        OperationStats op = stats.of(Operation.GET);
        if (ar.succeeded()) {
            op.recordReply(micros, ar.result().statusCode(), inWindow);
        } else {
            op.recordFailure(micros, failureName(ar.cause()), inWindow);
        }
        if (inWindow) {
            measured(Operation.GET).recordValue(micros);
        }
        next();
    }

    private Histogram measured(Operation op) {
        Histogram histogram = measured[op.ordinal()];
        if (histogram == null) {
            histogram = stats.of(op).measuredHistogram();
            measured[op.ordinal()] = histogram;
        }
        return histogram;
    }

    private Future<Void> place(long intended) {
        return place(intended, Operation.PLACE);
    }

    /** PLACE, or one of the order types (FOK, POST_ONLY, MARKET): a 422 refusal of those is expected. */
    private Future<Void> place(long intended, Operation kind) {
        long account = accounts[random.nextInt(accounts.length)];
        String clientOrderId = clientOrderPrefix + clientOrderSeq++;
        KnownOrder order = switch (kind) {
            case FOK -> generator.nextFok(random, account, clientOrderId);
            case POST_ONLY -> generator.nextPostOnly(random, account, clientOrderId);
            case MARKET -> generator.nextMarket(random, account, clientOrderId);
            default -> generator.nextOrder(random, account, clientOrderId);
        };
        stats.sent(kind);
        return gateway.post("/orders", order.toPlaceBody()).transform(ar -> {
            Reply reply = record(kind, intended, intended, ar);
            if (reply == null || !reply.isSuccess()) {
                return Future.succeededFuture();
            }
            order.update(reply.json());
            order.acknowledged(reply.version());
            if (order.orderId() == 0) {
                return Future.succeededFuture();
            }
            orders.placed(order);
            return verify(kind, intended, ReadYourWritesCheck.afterPlace(order, reply.version()));
        });
    }

    /** Cancels every open order of one of the session's accounts in one symbol, in one command. */
    private Future<Void> massCancel(long intended) {
        long account = accounts[random.nextInt(accounts.length)];
        String symbol = generator.anyInstrument(random).symbol();
        stats.sent(Operation.MASS_CANCEL);
        return gateway.delete("/accounts/" + account + "/orders?symbol=" + symbol).transform(ar -> {
            Reply reply = record(Operation.MASS_CANCEL, intended, intended, ar);
            if (reply != null && reply.isSuccess()) {
                orders.closedAll(account, symbol);
            }
            return Future.succeededFuture();
        });
    }

    private Future<Void> cancel(long intended) {
        KnownOrder order = orders.randomOpen(random);
        if (order == null) {
            return place(intended);
        }
        String uri = "/orders/" + order.orderId() + "?accountId=" + order.accountId();
        stats.sent(Operation.CANCEL);
        return gateway.delete(uri).transform(ar -> {
            Reply reply = record(Operation.CANCEL, intended, intended, ar);
            if (reply == null) {
                return Future.succeededFuture();
            }
            if (reply.status() == 422 || reply.status() == 404) {
                // ORDER_NOT_OPEN: another client's order traded it away since we last looked; UNKNOWN_ORDER (404):
                // it has been retired since.
                orders.closed(order);
                return Future.succeededFuture();
            }
            if (!reply.isSuccess()) {
                return Future.succeededFuture();
            }
            JsonObject json = reply.json();
            ReadYourWritesCheck check = ReadYourWritesCheck.afterCancel(order, json, reply.version());
            order.update(json.copy().put("status", check.status().name()));
            order.acknowledged(reply.version());
            orders.closed(order);
            return verify(Operation.CANCEL, intended, check);
        });
    }

    private Future<Void> amend(long intended) {
        KnownOrder order = orders.randomOpen(random);
        if (order == null) {
            return place(intended);
        }
        JsonObject amend = generator.nextAmend(random, order);
        stats.sent(Operation.AMEND);
        return gateway.patch("/orders/" + order.orderId(), amend).transform(ar -> {
            Reply reply = record(Operation.AMEND, intended, intended, ar);
            if (reply == null) {
                return Future.succeededFuture();
            }
            String error = reply.errorCode();
            if ((reply.status() == 422 && error.equals("ORDER_NOT_OPEN"))
                || (reply.status() == 404 && error.equals("UNKNOWN_ORDER"))) {
                orders.closed(order);
                return Future.succeededFuture();
            }
            if (!reply.isSuccess()) {
                return Future.succeededFuture();
            }
            order.update(reply.json());
            order.update(amend);
            order.acknowledged(reply.version());
            if (!order.isOpen()) {
                orders.closed(order);
            }
            return verify(Operation.AMEND, intended, ReadYourWritesCheck.afterAmend(order, amend, reply.version()));
        });
    }

    private Future<Void> query(long intended) {
        KnownOrder order = orders.randomRecent(random);
        if (order == null) {
            return place(intended);
        }
        // At the version this connection last saw acknowledged: a view still behind its own write would
        // otherwise answer 404 for an order the gateway already confirmed.
        stats.sent(Operation.QUERY);
        return gateway.get("/orders/" + order.orderId() + "?minVersion=" + order.version()).transform(ar -> {
            Reply reply = record(Operation.QUERY, intended, intended, ar);
            if (reply != null && reply.status() == 200) {
                order.update(reply.json());
                if (!order.isOpen()) {
                    orders.closed(order);
                }
            }
            return Future.succeededFuture();
        });
    }

    /** The read-your-writes follow-up: its own latency starts when it is sent, right after the ack. */
    private Future<Void> verify(Operation origin, long intended, ReadYourWritesCheck check) {
        if (!verifyRyw) {
            return Future.succeededFuture();
        }
        if (check.minVersion() == Reply.NO_VERSION) {
            stats.recordViolation(origin, intended, "reply for order " + check.orderId() + " carried no version");
            return Future.succeededFuture();
        }
        long sent = System.nanoTime();
        stats.sent(Operation.RYW_READ);
        return gateway.get(check.uri()).transform(ar -> {
            Reply view = record(Operation.RYW_READ, sent, intended, ar);
            if (view != null && (view.status() == 200 || view.status() == 404)) {
                String violation = check.violation(view);
                if (violation != null) {
                    stats.recordViolation(origin, intended, violation);
                }
            }
            return Future.succeededFuture();
        });
    }

    /** Records latency from {@code startNanos}; the window is decided by the command's intended time. */
    private Reply record(Operation op, long startNanos, long intended, AsyncResult<Reply> result) {
        long now = System.nanoTime();
        long micros = OperationStats.micros(now - startNanos);
        stats.replied(op, now);
        boolean inWindow = stats.inMeasuredWindow(intended);
        if (inWindow) {
            measured(op).recordValue(micros);
        }
        if (result.succeeded()) {
            Reply reply = result.result();
            stats.of(op).recordReply(micros, reply.status(), inWindow);
            return reply;
        }
        stats.of(op).recordFailure(micros, failureName(result.cause()), inWindow);
        return null;
    }

    static String failureName(Throwable cause) {
        return cause.getClass().getSimpleName().contains("Timeout") ? "timeout" : "io_error";
    }
}
