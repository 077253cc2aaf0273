package io.ringtail.gateway.config;

import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.projection.IdleStrategyKind;
import io.ringtail.engine.projection.ProjectionConfig;
import io.ringtail.trading.view.TradingViewConfig;
import io.ringtail.engine.WaitStrategyKind;
import io.ringtail.journal.DurabilityMode;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.trading.Instrument;
import io.ringtail.trading.TradingLimits;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The gateway's resolved settings, immutable once built. {@link ConfigLoader} decides which source each
 * value comes from; the {@link Builder} turns text into typed values and rejects bad ones with a message
 * naming the source, so an operator sees exactly which flag, variable or file key to fix.
 */
public final class GatewayConfig {
    private final int port;
    private final String bind;
    private final Path dataDirectory;
    private final AccessConfig access;
    private final DurabilityMode durability;
    private final WaitStrategyKind waitStrategy;
    private final TradingViewConfig viewConfig;
    private final IdleStrategyKind projectionIdleStrategy;
    private final int projectionThreads;
    private final int ringSize;
    private final int maxBatchSize;
    private final boolean snapshotOnReplica;
    private final SnapshotPolicy snapshotPolicy;
    private final int eventLoops;
    private final int bodyLimit;
    private final long rywTimeoutMillis;
    private final int replyQueueSize;
    private final long shutdownTimeoutMillis;
    private final int metricsPort;
    private final long readyMaxLagEvents;
    private final long idleTimeoutMillis;
    private final long requestHeaderTimeoutMillis;
    private final int maxConnections;
    private final TradingLimits limits;
    private final List<Instrument> instruments;

    private GatewayConfig(Builder b) {
        this.port = b.port;
        this.bind = b.bind;
        this.dataDirectory = b.dataDirectory;
        this.access = b.access();
        this.durability = b.durability;
        this.waitStrategy = b.waitStrategy;
        this.limits = b.limits();
        // Unset view capacities follow the domain's: a larger --max-open-orders or --max-accounts alone then
        // never leaves a view too small for what the domain accepts.
        int viewMaxOrders = b.viewMaxOrders != 0 ? b.viewMaxOrders
            : (int) Math.min(Integer.MAX_VALUE, (long) limits.maxOpenOrders() + b.viewOrderRetention + 1);
        int viewMaxAccounts = b.viewMaxAccounts != 0 ? b.viewMaxAccounts : limits.maxAccounts();
        this.viewConfig = new TradingViewConfig(viewMaxOrders, viewMaxAccounts, b.bookDepth, b.recentTrades,
            b.viewOrderRetention);
        this.projectionIdleStrategy = b.projectionIdleStrategy;
        this.projectionThreads = b.projectionThreads;
        this.ringSize = b.ringSize;
        this.maxBatchSize = b.maxBatchSize;
        this.snapshotPolicy = b.snapshotPolicy();
        this.snapshotOnReplica = b.snapshotOnReplica;
        this.eventLoops = b.eventLoops;
        this.bodyLimit = b.bodyLimit;
        this.rywTimeoutMillis = b.rywTimeoutMillis;
        this.replyQueueSize = b.replyQueueSize;
        this.shutdownTimeoutMillis = b.shutdownTimeoutMillis;
        this.idleTimeoutMillis = b.idleTimeoutMillis;
        this.requestHeaderTimeoutMillis = b.requestHeaderTimeoutMillis;
        this.maxConnections = b.maxConnections;
        this.metricsPort = b.metricsPort;
        this.readyMaxLagEvents = b.readyMaxLagEvents;
        this.instruments = List.copyOf(b.instruments);
        requireOrdersViewRoom(limits, viewConfig);
    }

    /**
     * The orders view holds every open order plus the retained terminal ones; sized below that, a busy but
     * legal day fills it and the orders projection stops. Refused at start rather than found out then.
     */
    private static void requireOrdersViewRoom(TradingLimits limits, TradingViewConfig view) {
        long needed = (long) limits.maxOpenOrders() + view.orderRetention() + 1;
        if (view.maxOrders() < needed) {
            throw new ConfigException(Setting.VIEW_MAX_ORDERS.flag() + " " + view.maxOrders() + " is too small: the orders view "
                + "must hold " + Setting.MAX_OPEN_ORDERS.flag() + " (" + limits.maxOpenOrders() + ") + "
                + Setting.VIEW_ORDER_RETENTION.flag() + " (" + view.orderRetention() + ") + 1 = " + needed
                + " orders; raise it or lower the other two");
        }
    }

    /** Every setting at its default: what a test starts from. */
    public static Builder defaults() {
        Builder builder = new Builder();
        for (Setting setting : Setting.values()) {
            if (setting.defaultText() != null) {
                builder.set(setting, setting.defaultText(), "default of " + setting.flag());
            }
        }
        return builder;
    }

    public int port() {
        return port;
    }

    public String bind() {
        return bind;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** API keys, TLS and request limits. */
    public AccessConfig access() {
        return access;
    }

    public DurabilityMode durability() {
        return durability;
    }

    public int eventLoops() {
        return eventLoops;
    }

    public int bodyLimit() {
        return bodyLimit;
    }

    public long rywTimeoutMillis() {
        return rywTimeoutMillis;
    }

    public int replyQueueSize() {
        return replyQueueSize;
    }

    /** Idle time after which Vert.x closes a connection; 0 = never. */
    public long idleTimeoutMillis() {
        return idleTimeoutMillis;
    }

    /** Deadline for a whole request head, from connection open or the previous response; 0 = none. */
    public long requestHeaderTimeoutMillis() {
        return requestHeaderTimeoutMillis;
    }

    public int maxConnections() {
        return maxConnections;
    }

    /** Port of the separate metrics server; 0 when {@code /metrics} is served on {@link #port()}. */
    public int metricsPort() {
        return metricsPort;
    }

    public long readyMaxLagEvents() {
        return readyMaxLagEvents;
    }

    public List<Instrument> instruments() {
        return instruments;
    }

    /** True when a replica of the domain takes the state snapshots, false when the writer captures them. */
    public boolean snapshotOnReplica() {
        return snapshotOnReplica;
    }

    public SnapshotPolicy snapshotPolicy() {
        return snapshotPolicy;
    }

    public TradingLimits limits() {
        return limits;
    }

    public TradingViewConfig viewConfig() {
        return viewConfig;
    }

    /** View snapshots follow the same policy as the engine's state snapshots, in {@code <data-dir>/snapshots/view-<name>}. */
    public ProjectionConfig projectionConfig() {
        return new ProjectionConfig().idleStrategy(projectionIdleStrategy).threads(projectionThreads)
            .snapshotPolicy(snapshotPolicy).snapshotDirectory(dataDirectory.resolve("snapshots"));
    }

    public EngineConfig engineConfig() {
        return new EngineConfig()
            .dataDirectory(dataDirectory)
            .durability(durability)
            .waitStrategy(waitStrategy)
            .ringSize(ringSize)
            .maxBatchSize(maxBatchSize)
            .snapshotPolicy(snapshotPolicy)
            .shutdownTimeoutMillis(shutdownTimeoutMillis);
    }

    @Override
    public String toString() {
        return "port=" + port + " bind=" + bind + " dataDirectory=" + dataDirectory + " durability=" + durability
            + " waitStrategy=" + waitStrategy + " ringSize=" + ringSize + " maxBatchSize=" + maxBatchSize
            + " eventLoops=" + eventLoops + " bodyLimit=" + bodyLimit + " instruments=" + instruments;
    }

    /** Collects settings as text, one at a time, each checked as it arrives. */
    public static final class Builder {
        private int port;
        private String bind;
        private Path dataDirectory;
        private boolean dev;
        private Path keysFile;
        private Path tlsCert;
        private Path tlsKey;
        private long rateLimit;
        private long rateBurst;
        private int maxHeaderSize;
        private int maxJsonDepth;
        private int maxJsonString;
        private DurabilityMode durability;
        private WaitStrategyKind waitStrategy;
        private int ringSize;
        private int maxBatchSize;
        private long snapshotEveryEvents;
        private long snapshotEverySeconds;
        private int snapshotKeep;
        private boolean snapshotOnReplica;
        private int eventLoops;
        private int bodyLimit;
        private long rywTimeoutMillis;
        private int replyQueueSize;
        private long shutdownTimeoutMillis;
        private long idleTimeoutMillis;
        private long requestHeaderTimeoutMillis;
        private int maxConnections;
        private int metricsPort;
        private long readyMaxLagEvents;
        private int maxAccounts;
        private int maxOpenOrders;
        private int maxPriceLevels;
        private int orderRetention;
        private int viewMaxOrders;
        private int viewOrderRetention;
        private int viewMaxAccounts;
        private int bookDepth;
        private int recentTrades;
        private IdleStrategyKind projectionIdleStrategy;
        private int projectionThreads;
        private List<Instrument> instruments = List.of();

        private Builder() {
        }

        /**
         * @param source where the text came from, for the error message ("--port", "RINGTAIL_PORT", ...)
         * @throws ConfigException when the text is not a valid value of the setting
         */
        public Builder set(Setting setting, String text, String source) {
            String value = text.trim();
            try {
                switch (setting) {
                    case CONFIG -> { }
                    case PORT -> port = (int) longIn(value, 0, 65_535);
                    case BIND -> bind = nonEmpty(value);
                    case DATA_DIR -> dataDirectory = Paths.get(nonEmpty(value));
                    case DEV -> dev = bool(value);
                    case KEYS_FILE -> keysFile = Paths.get(nonEmpty(value));
                    case TLS_CERT -> tlsCert = Paths.get(nonEmpty(value));
                    case TLS_KEY -> tlsKey = Paths.get(nonEmpty(value));
                    case RATE_LIMIT -> rateLimit = longIn(value, 0, 1_000_000_000);
                    case RATE_BURST -> rateBurst = longIn(value, 1, 1_000_000_000);
                    case MAX_HEADER_SIZE -> maxHeaderSize = (int) longIn(value, 1024, 1024 * 1024);
                    case MAX_JSON_DEPTH -> maxJsonDepth = (int) longIn(value, 1, 1000);
                    case MAX_JSON_STRING -> maxJsonString = (int) longIn(value, 64, 64 * 1024 * 1024);
                    case DURABILITY -> durability = DurabilityMode.parse(value);
                    case WAIT_STRATEGY -> waitStrategy = WaitStrategyKind.parse(value);
                    case RING_SIZE -> ringSize = powerOfTwo(value, 1 << 30);
                    case MAX_BATCH_SIZE -> maxBatchSize = (int) longIn(value, 1, Integer.MAX_VALUE);
                    case SNAPSHOT_EVERY_EVENTS -> snapshotEveryEvents = longIn(value, 0, Long.MAX_VALUE);
                    case SNAPSHOT_EVERY_SECONDS -> snapshotEverySeconds = longIn(value, 0, 366L * 24 * 3600);
                    case SNAPSHOT_KEEP -> snapshotKeep = (int) longIn(value, 1, 1_000);
                    case SNAPSHOT_CAPTURE -> snapshotOnReplica = switch (value.toLowerCase(java.util.Locale.ROOT)) {
                        case "replica" -> true;
                        case "writer" -> false;
                        default -> throw new IllegalArgumentException("must be replica or writer");
                    };
                    case EVENT_LOOPS -> eventLoops = "auto".equalsIgnoreCase(value)
                        ? autoEventLoops() : (int) longIn(value, 1, 256);
                    case BODY_LIMIT -> bodyLimit = (int) longIn(value, 64, 64 * 1024 * 1024);
                    case RYW_TIMEOUT_MS -> rywTimeoutMillis = longIn(value, 0, 3_600_000);
                    case REPLY_QUEUE_SIZE -> replyQueueSize = powerOfTwo(value, 1 << 24);
                    case SHUTDOWN_TIMEOUT_MS -> shutdownTimeoutMillis = longIn(value, 0, 3_600_000);
                    case IDLE_TIMEOUT_MS -> idleTimeoutMillis = longIn(value, 0, 86_400_000);
                    case REQUEST_HEADER_TIMEOUT_MS -> requestHeaderTimeoutMillis = longIn(value, 0, 3_600_000);
                    case MAX_CONNECTIONS -> maxConnections = (int) longIn(value, 1, 10_000_000);
                    case METRICS_PORT -> metricsPort = (int) longIn(value, 0, 65_535);
                    case READY_MAX_LAG_EVENTS -> readyMaxLagEvents = longIn(value, 0, Long.MAX_VALUE);
                    case MAX_ACCOUNTS -> maxAccounts = (int) longIn(value, 1, 100_000_000);
                    case MAX_OPEN_ORDERS -> maxOpenOrders = (int) longIn(value, 1, 100_000_000);
                    case MAX_PRICE_LEVELS -> maxPriceLevels = (int) longIn(value, 1, 10_000_000);
                    case ORDER_RETENTION -> orderRetention = (int) longIn(value, 0, 100_000_000);
                    case VIEW_MAX_ORDERS -> viewMaxOrders = (int) longIn(value, 1, 500_000_000);
                    case VIEW_ORDER_RETENTION -> viewOrderRetention = (int) longIn(value, 0, 100_000_000);
                    case VIEW_MAX_ACCOUNTS -> viewMaxAccounts = (int) longIn(value, 1, 100_000_000);
                    case BOOK_DEPTH -> bookDepth = (int) longIn(value, 1, TradingViewConfig.MAX_BOOK_DEPTH);
                    case RECENT_TRADES -> recentTrades = (int) longIn(value, 1, 1_000_000);
                    case PROJECTION_IDLE_STRATEGY -> projectionIdleStrategy = IdleStrategyKind.parse(value);
                    case PROJECTION_THREADS -> projectionThreads = (int) longIn(value, 1, 4);
                    case INSTRUMENTS -> instruments = instruments(value);
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigException("invalid " + source + " '" + text + "': " + e.getMessage());
            }
            return this;
        }

        public GatewayConfig build() {
            return new GatewayConfig(this);
        }

        private SnapshotPolicy snapshotPolicy() {
            return new SnapshotPolicy(snapshotEveryEvents, snapshotEverySeconds * 1000, snapshotKeep);
        }

        private AccessConfig access() {
            if ((tlsCert == null) != (tlsKey == null)) {
                throw new ConfigException("--tls-cert and --tls-key go together: give both or neither");
            }
            Path keys = keysFile != null ? keysFile : dataDirectory.resolve("api-keys.json");
            return new AccessConfig(dev, keys, tlsCert, tlsKey, rateLimit, rateBurst, maxHeaderSize, maxJsonDepth,
                maxJsonString);
        }

        private static boolean bool(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("must be true or false");
            };
        }

        private TradingLimits limits() {
            try {
                return new TradingLimits(maxAccounts, maxOpenOrders, maxPriceLevels, orderRetention, 0);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("invalid trading limits: " + e.getMessage());
            }
        }

        /** One loop per four cores: the writer, the journal and GC need the rest on a small machine. */
        private static int autoEventLoops() {
            return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors() / 4));
        }

        private static String nonEmpty(String value) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("must not be empty");
            }
            return value;
        }

        private static long longIn(String value, long min, long max) {
            long parsed;
            try {
                parsed = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number");
            }
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException("must be within " + min + ".." + max);
            }
            return parsed;
        }

        private static int powerOfTwo(String value, int max) {
            int parsed = (int) longIn(value, 2, max);
            if (Integer.bitCount(parsed) != 1) {
                throw new IllegalArgumentException("must be a power of two");
            }
            return parsed;
        }

        private static List<Instrument> instruments(String value) {
            List<Instrument> parsed = new ArrayList<>();
            Set<String> symbols = new HashSet<>();
            for (String entry : nonEmpty(value).split(",")) {
                String[] parts = entry.trim().split(":");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("each instrument must be SYMBOL:TICK:LOT");
                }
                String symbol = parts[0].trim();
                if (!symbols.add(symbol)) {
                    throw new IllegalArgumentException("symbol '" + symbol + "' is listed twice");
                }
                parsed.add(new Instrument(symbol, longIn(parts[1].trim(), 1, Long.MAX_VALUE),
                    longIn(parts[2].trim(), 1, Long.MAX_VALUE)));
            }
            return parsed;
        }
    }
}
