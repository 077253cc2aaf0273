package io.ringtail.gateway;

import io.ringtail.engine.Engine;
import io.ringtail.gateway.admin.AdminRoutes;
import io.ringtail.gateway.auth.AuthHandler;
import io.ringtail.gateway.auth.KeyRing;
import io.ringtail.gateway.command.CommandBridge;
import io.ringtail.gateway.command.CommandRoutes;
import io.ringtail.gateway.command.InstrumentIndex;
import io.ringtail.gateway.config.AccessConfig;
import io.ringtail.gateway.config.GatewayConfig;
import io.ringtail.gateway.connection.ConnectionGuard;
import io.ringtail.gateway.connection.ConnectionLimits;
import io.ringtail.gateway.health.HealthRoutes;
import io.ringtail.gateway.http.ErrorCounts;
import io.ringtail.gateway.http.HttpFramingCheck;
import io.ringtail.gateway.http.InvalidRequestHandler;
import io.ringtail.gateway.http.RequestHeadCheck;
import io.ringtail.gateway.http.JsonShapeLimits;
import io.ringtail.gateway.http.RouteTable;
import io.ringtail.gateway.query.QueryRoutes;
import io.ringtail.gateway.query.ReadSide;
import io.ringtail.gateway.metrics.GatewayMetrics;
import io.ringtail.gateway.metrics.MetricsRoute;
import io.ringtail.gateway.openapi.OpenApiRoute;
import io.ringtail.gateway.reply.ReplyRoute;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One event loop's share of the gateway: its own HTTP server (Vert.x spreads connections over the loops
 * listening on the same port), its own router and route objects, and its own {@link ReplyRoute}, so
 * nothing on the request path is shared between loops.
 */
final class GatewayVerticle extends VerticleBase {
    private final GatewayConfig config;
    private final Engine engine;
    private final ReadSide readSide;
    private final InstrumentIndex instruments;
    private final HealthRoutes health;
    private final GatewayMetrics metrics;
    private final KeyRing keys;
    private final int port;
    private final Duration shutdownGrace;
    private final ConnectionLimits connectionLimits;
    private HttpServer server;
    private ConnectionGuard guard;

    GatewayVerticle(GatewayConfig config, Engine engine, ReadSide readSide, InstrumentIndex instruments,
                    HealthRoutes health, GatewayMetrics metrics, KeyRing keys, int port, ConnectionLimits connectionLimits) {
        this.config = config;
        this.engine = engine;
        this.readSide = readSide;
        this.instruments = instruments;
        this.health = health;
        this.metrics = metrics;
        this.keys = keys;
        this.port = port;
        this.connectionLimits = connectionLimits;
        this.shutdownGrace = Duration.ofMillis(config.engineConfig().shutdownTimeoutMillis());
    }

    @Override
    public Future<?> start() {
        ReplyRoute route = new ReplyRoute(context, config.http().replyQueueSize(), engine.domain()::reasonName,
            metrics.newLoopLatency(), engine.counters()::lastJournalFailure);
        guard = new ConnectionGuard(vertx, connectionLimits, config.http().requestHeaderTimeoutMillis());
        ErrorCounts errors = metrics.newLoopErrors();
        errors.bindTo(context);
        RouteTable table = new RouteTable(Router.router(vertx), errors.log());
        table.router().route().handler(guard::onRequest);
        table.router().route().handler(metrics.newLoopResponseCounter());
        // Before anything decodes the URI or a body: what would throw there is refused here.
        table.router().route().handler(new RequestHeadCheck());
        AccessConfig access = config.access();
        // Authenticate before the body is read: a request without a key costs its head, not its body.
        table.router().route().handler(keys == null ? AuthHandler.open() : AuthHandler.withKeys(keys, System::nanoTime));
        table.router().route().handler(BodyHandler.create(false).setBodyLimit(config.http().bodyLimit()));
        table.router().route().handler(new JsonShapeLimits(access.maxJsonDepth(), access.maxJsonString()));
        QueryRoutes queries = QueryRoutes.create(context, readSide, instruments, config.http().rywTimeoutMillis(),
            metrics.readYourWrites());
        CommandBridge bridge = new CommandBridge(engine, route, metrics::overloaded);
        CommandRoutes.register(table, bridge, instruments);
        AdminRoutes.register(table, bridge, engine);
        queries.register(table);
        health.register(table);
        table.add(HttpMethod.GET, OpenApiRoute.PATH, new OpenApiRoute());
        if (config.http().metricsPort() == 0) {
            table.add(HttpMethod.GET, "/metrics", new MetricsRoute(metrics));
        }
        Router router = table.finish();
        // No cleartext HTTP/2: to tell it from HTTP/1.x Vert.x waits for a connection's first bytes before it
        // reports the connection, so a flood of silent connections would go uncounted by the connection limit.
        HttpServerOptions options = new HttpServerOptions()
            .setHttp2ClearTextEnabled(false)
            .setIdleTimeout((int) config.http().idleTimeoutMillis()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
            .setMaxHeaderSize(access.maxHeaderSize());
        if (access.tls()) {
            options.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                .setCertPath(access.tlsCert().toString()).setKeyPath(access.tlsKey().toString()));
        }
        server = vertx.createHttpServer(options)
            .connectionHandler(connection -> {
                HttpFramingCheck.install(connection);
                guard.onConnection(connection);
            })
            .exceptionHandler(errors.log()::connectionError)
            .requestHandler(router)
            .invalidRequestHandler(new InvalidRequestHandler());
        return server.listen(port, config.http().bind());
    }

    /** Stops accepting connections but lets requests already in flight get their replies. */
    @Override
    public Future<?> stop() {
        if (guard != null) {
            guard.close();
        }
        return server == null ? Future.succeededFuture() : server.shutdown(shutdownGrace);
    }
}
