package io.ringtail.benchmarks.http;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;

/**
 * The HTTP baseline: a Vert.x server with nothing behind it. {@code POST} echoes the body, {@code GET}
 * answers a constant JSON document. Ringtail's routes are compared with it in the same run, on the same
 * machine, with the same client and connection count.
 *
 * <p>Usage: {@code BareEchoServer PORT [EVENT_LOOPS]}.
 */
public final class BareEchoServer {
    private static final Buffer CONSTANT = Buffer.buffer("{\"orderId\":1,\"status\":\"NEW\",\"filledQuantity\":0,\"version\":1}");

    private BareEchoServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int loops = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        vertx.createHttpServer(new HttpServerOptions())
            .requestHandler(request -> {
                if ("POST".equals(request.method().name())) {
                    request.body().onSuccess(body -> request.response()
                        .putHeader("Content-Type", "application/json").end(body));
                } else {
                    request.response().putHeader("Content-Type", "application/json").end(CONSTANT);
                }
            })
            .listen(port, "127.0.0.1")
            .onSuccess(server -> System.out.println("bare echo server on 127.0.0.1:" + server.actualPort()))
            .onFailure(e -> {
                System.err.println("cannot listen: " + e.getMessage());
                System.exit(1);
            });
    }
}
