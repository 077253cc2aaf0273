package io.ringtail.gateway;

import io.ringtail.engine.Engine;
import io.ringtail.engine.domain.Domain;
import io.ringtail.gateway.auth.ApiKeys;
import io.ringtail.gateway.auth.KeyRing;
import io.ringtail.trading.TradingDomain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.ringtail.gateway.auth.KeysFile;
import io.ringtail.gateway.command.InstrumentIndex;
import io.ringtail.gateway.config.AccessConfig;
import io.ringtail.gateway.config.GatewayConfig;
import io.ringtail.gateway.connection.ConnectionLimits;
import io.ringtail.gateway.health.HealthRoutes;
import io.ringtail.gateway.health.JournalCheck;
import io.ringtail.gateway.health.ReadinessCheck;
import io.ringtail.gateway.query.ReadSide;
import io.ringtail.gateway.metrics.GatewayMetrics;
import io.ringtail.gateway.metrics.MetricsAdminServer;
import io.ringtail.gateway.metrics.ProjectionLagCheck;
import io.ringtail.gateway.reply.ReplyDispatcher;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The running gateway: engine plus HTTP. Start-up recovers the engine first, so the first request already
 * sees recovered state. Shutdown goes the other way: stop taking connections (requests in flight still
 * get their replies), drain the ring and close the journal, then stop the event loops.
 *
 * <pre>
 *  HTTP ─▶ event loop i: GatewayVerticle ─▶ router ─▶ …Route ─▶ CommandBridge ─▶ Engine.tryPublish
 *                ▲                                                                   │ writer thread
 *                └── ReplyRoute i ◀── ReplyDispatcher (one runOnContext per loop per batch) ◀┘
 *                                                                                    │ journal
 *  HTTP ─▶ event loop i: …Queries ─▶ VersionGate ─▶ off-heap view ◀── projection threads (ReadSide)
 * </pre>
 */
public final class GatewayServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);
    private static final long START_TIMEOUT_SECONDS = 30;

    private final Engine engine;
    private final ReadSide readSide;
    private final Vertx vertx;
    private final int port;
    private final GatewayMetrics metrics;
    private final AccessConfig access;
    private final KeyRing keys;
    private boolean closed;

    private GatewayServer(Engine engine, ReadSide readSide, Vertx vertx, int port, GatewayMetrics metrics,
                          AccessConfig access, KeyRing keys) {
        this.access = access;
        this.keys = keys;
        this.engine = engine;
        this.readSide = readSide;
        this.vertx = vertx;
        this.port = port;
        this.metrics = metrics;
    }

    /**
     * @param domain      the domain the engine runs; the routes speak the trading domain's commands, built
     *                    over {@link GatewayConfig#instruments()}
     * @param extraChecks readiness conditions beyond the engine's own (the read side's, say)
     */
    public static GatewayServer start(GatewayConfig config, Domain domain, List<ReadinessCheck> extraChecks) {
        Domain replica = config.snapshotOnReplica() ? snapshotReplica(config) : null;
        Engine engine = new Engine(config.engineConfig(), domain, replica, new ReplyDispatcher(config.http().eventLoops()));
        Vertx vertx = null;
        ReadSide readSide = null;
        GatewayMetrics metrics = null;
        try {
            KeyRing keys = config.access().dev() ? null : new KeyRing(loadKeys(config.access()));
            metrics = new GatewayMetrics(engine);
            readSide = ReadSide.start(engine, config.instruments(), config.viewConfig(), config.projectionConfig());
            metrics.bindProjections(readSide.host().agents(), config.projectionConfig().epochClock());
            ReadSide views = readSide;
            vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(config.http().eventLoops())
                .setWorkerPoolSize(2)
                .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false)
                    .setClassPathResolvingEnabled(false)));
            List<ReadinessCheck> checks = new ArrayList<>();
            checks.add(new RecoveredCheck(engine));
            checks.add(new JournalCheck(engine.counters()));
            checks.add(readSide.caughtUpCheck());
            checks.add(new ProjectionLagCheck(readSide.host().agents(), engine::headSequence, config.http().readyMaxLagEvents()));
            checks.addAll(extraChecks);
            HealthRoutes health = new HealthRoutes(engine, checks);
            InstrumentIndex instruments = new InstrumentIndex(config.instruments());
            // Instances listening on port 0 would each get a different port, so a free one is picked
            // first and shared; another process could take it in between, which start-up then reports.
            int port = config.http().port() != 0 ? config.http().port() : freePort(config.http().bind());
            GatewayMetrics registry = metrics;
            ConnectionLimits connections = new ConnectionLimits(config.http().maxConnections());
            metrics.bindConnections(connections);
            await(vertx.deployVerticle(() -> new GatewayVerticle(config, engine, views, instruments, health, registry, keys,
                    port, connections),
                new DeploymentOptions().setInstances(config.http().eventLoops())));
            if (config.http().metricsPort() != 0) {
                await(MetricsAdminServer.start(vertx, config.http().bind(), config.http().metricsPort(), metrics));
            }
            return new GatewayServer(engine, readSide, vertx, port, metrics, config.access(), keys);
        } catch (RuntimeException e) {
            if (metrics != null) {
                metrics.close();
            }
            if (vertx != null) {
                vertx.close();
            }
            if (readSide != null) {
                readSide.close();
            }
            engine.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public Engine engine() {
        return engine;
    }

    public ReadSide readSide() {
        return readSide;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (String deployment : vertx.deploymentIDs()) {
                await(vertx.undeploy(deployment));
            }
        } finally {
            readSide.close();
            engine.close();
            metrics.close();
            await(vertx.close());
        }
    }

    /**
     * Re-reads the keys file and puts its keys in force for the next request (SIGHUP does this). A file that
     * cannot be read, or holds no key, changes nothing: the keys in force stay.
     *
     * @return how many keys are now in force
     * @throws IllegalStateException in dev mode, which has no keys
     * @throws RuntimeException when the file cannot be used; the message says why
     */
    public int reloadKeys() {
        if (keys == null) {
            throw new IllegalStateException("--dev runs without API keys: nothing to reload");
        }
        ApiKeys reloaded = loadKeys(access);
        keys.replace(reloaded);
        return reloaded.size();
    }

    /**
     * A plain trading domain, whatever wraps the live one: it only folds committed events. Its pre-allocated
     * pools are as large as the live state's; when the heap cannot hold both, snapshots fall back to the writer
     * (nothing else runs yet, so the failed allocation hurts no other thread).
     */
    private static Domain snapshotReplica(GatewayConfig config) {
        try {
            return new TradingDomain(config.instruments(), config.limits());
        } catch (OutOfMemoryError e) {
            LOG.warn("not enough heap for the snapshot replica (a second copy of the state at these limits, max heap {} MB): "
                + "the writer captures snapshots instead and pauses for each; give the JVM more heap (-Xmx in JAVA_OPTS) "
                + "or lower --max-open-orders / --max-accounts", Runtime.getRuntime().maxMemory() >> 20);
            return null;
        }
    }

    private static ApiKeys loadKeys(AccessConfig access) {
        ApiKeys keys = KeysFile.load(access.keysFile(), access.ratePerSecond(), access.rateBurst(), System::nanoTime);
        if (keys.size() == 0) {
            throw new IllegalArgumentException("keys file " + access.keysFile() + " holds no key: nobody could use the server");
        }
        return keys;
    }

    private static int freePort(String bind) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bind))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + bind + ": " + e.getMessage(), e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out after " + START_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The engine recovered from its journal before the server opened; kept as a check to show in the body. */
    private record RecoveredCheck(Engine engine) implements ReadinessCheck {
        @Override
        public String name() {
            return "recovery";
        }

        @Override
        public boolean ready() {
            return engine.recovery() != null;
        }
    }
}
