package io.ringtail.loadtest;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the Ringtail gateway inside tests: the routes the load tester uses, with replies
 * shaped like the real ones, no matching. Behaviours a test can switch on: a reply delay (a server
 * slower than the schedule), stale order views (read-your-writes broken), and 503 on every order.
 */
final class FakeGateway implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final Map<Long, JsonObject> orders = new ConcurrentHashMap<>();
    private final Map<Long, JsonObject> placedViews = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final AtomicLong nextOrderId = new AtomicLong(1000);
    private final AtomicLong requests = new AtomicLong();
    private final long delayMillis;
    private final boolean staleViews;
    private final boolean overloaded;
    private HttpServer server;

    private FakeGateway(long delayMillis, boolean staleViews, boolean overloaded) {
        this.delayMillis = delayMillis;
        this.staleViews = staleViews;
        this.overloaded = overloaded;
    }

    static FakeGateway healthy() {
        return new FakeGateway(0, false, false).start();
    }

    static FakeGateway slow(long delayMillis) {
        return new FakeGateway(delayMillis, false, false).start();
    }

    /** Serves every order as it was first placed, whatever happened since: cancels and amends never show. */
    static FakeGateway withStaleViews() {
        return new FakeGateway(0, true, false).start();
    }

    static FakeGateway overloaded() {
        return new FakeGateway(0, false, true).start();
    }

    private FakeGateway start() {
        try {
            server = vertx.createHttpServer().requestHandler(this::route).listen(0, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake gateway did not start", e);
        }
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    long requests() {
        return requests.get();
    }

    private void route(HttpServerRequest request) {
        requests.incrementAndGet();
        request.body().onSuccess(body -> {
            JsonObject json = body.length() == 0 ? new JsonObject() : body.toJsonObject();
            String path = request.path();
            String[] parts = path.split("/");
            Runnable reply = switch (request.method().name() + " " + (parts.length > 1 ? parts[1] : "")) {
                case "GET instruments" -> () -> send(request, 200, new JsonArray()
                        .add(new JsonObject().put("symbol", "ACME").put("tickSize", 5).put("lotSize", 10))
                        .add(new JsonObject().put("symbol", "BOLT").put("tickSize", 1).put("lotSize", 1)));
                case "POST accounts" -> parts.length == 2
                        ? () -> send(request, 201, new JsonObject().put("accountId", json.getLong("accountId")).put("version", version.incrementAndGet()))
                        : () -> send(request, 200, new JsonObject().put("version", version.incrementAndGet()));
                case "POST orders" -> () -> place(request, json);
                case "DELETE orders" -> () -> cancel(request, Long.parseLong(parts[2]));
                case "DELETE accounts" -> () -> send(request, 200, new JsonObject().put("cancelled", 0)
                        .put("version", version.incrementAndGet()));
                case "PATCH orders" -> () -> amend(request, Long.parseLong(parts[2]), json);
                case "GET orders" -> () -> view(request, Long.parseLong(parts[2]));
                default -> () -> send(request, 404, new JsonObject().put("error", "NOT_FOUND"));
            };
            if (delayMillis > 0) {
                vertx.setTimer(delayMillis, t -> reply.run());
            } else {
                reply.run();
            }
        });
    }

    private void place(HttpServerRequest request, JsonObject body) {
        if (overloaded) {
            request.response().setStatusCode(503).putHeader("Retry-After", "1")
                    .end(new JsonObject().put("error", "OVERLOADED").encode());
            return;
        }
        long id = nextOrderId.incrementAndGet();
        // An IOC finds nothing to trade against here, so it ends cancelled with nothing filled.
        String status = "IOC".equals(body.getString("timeInForce")) ? "CANCELLED" : "NEW";
        // A MARKET buy with a budget has no price: the real views show 0 for it.
        JsonObject order = body.copy().put("price", body.getLong("price", 0L)).put("orderId", id).put("status", status)
                .put("filledQuantity", 0)
                .put("version", version.incrementAndGet());
        orders.put(id, order);
        placedViews.put(id, order.copy());
        send(request, 201, new JsonObject().put("orderId", id).put("clientOrderId", body.getString("clientOrderId"))
                .put("status", status).put("filledQuantity", 0).put("version", order.getLong("version")));
    }

    private void cancel(HttpServerRequest request, long id) {
        JsonObject order = orders.get(id);
        if (order == null || !"NEW".equals(order.getString("status"))) {
            send(request, order == null ? 404 : 422,
                new JsonObject().put("error", order == null ? "UNKNOWN_ORDER" : "ORDER_NOT_OPEN"));
            return;
        }
        order.put("status", "CANCELLED").put("version", version.incrementAndGet());
        send(request, 200, new JsonObject().put("orderId", id).put("status", "CANCELLED").put("version", order.getLong("version")));
    }

    private void amend(HttpServerRequest request, long id, JsonObject body) {
        JsonObject order = orders.get(id);
        if (order == null || !"NEW".equals(order.getString("status"))) {
            send(request, order == null ? 404 : 422,
                new JsonObject().put("error", order == null ? "UNKNOWN_ORDER" : "ORDER_NOT_OPEN"));
            return;
        }
        if (body.containsKey("price")) {
            order.put("price", body.getLong("price"));
        }
        if (body.containsKey("quantity")) {
            order.put("quantity", body.getLong("quantity"));
        }
        order.put("version", version.incrementAndGet());
        send(request, 200, new JsonObject().put("orderId", id).put("status", "NEW").put("filledQuantity", 0)
                .put("version", order.getLong("version")));
    }

    private void view(HttpServerRequest request, long id) {
        JsonObject order = (staleViews ? placedViews : orders).get(id);
        if (order == null) {
            send(request, 404, new JsonObject().put("error", "UNKNOWN_ORDER"));
            return;
        }
        send(request, 200, order.copy());
    }

    private void send(HttpServerRequest request, int status, Object body) {
        String text = body instanceof JsonObject o ? o.encode() : ((JsonArray) body).encode();
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("X-Version", Long.toString(version.get())).end(text);
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
