package io.ringtail.gateway.config;

import io.ringtail.engine.EngineConfig;
import io.ringtail.trading.TradingLimits;
import io.ringtail.trading.view.TradingViewConfig;

import java.util.Locale;

/**
 * Every launch setting, once: its flag, environment variable and config-file key are all derived from
 * {@link #key()}, and its default and help text live here, so {@code --help}, the environment and the
 * config file can never disagree. A new setting is a new constant plus one case in {@link GatewayConfig.Builder}.
 */
public enum Setting {
    CONFIG("config", "FILE", null, "JSON config file; its keys are the option names in camelCase (dataDir, ringSize, ...)"),
    PORT("port", "N", "8080", "HTTP port; 0 picks a free port and logs it"),
    BIND("bind", "ADDR", "127.0.0.1", "address the HTTP server binds to"),
    // Access control: keys, TLS and request limits (gateway/README.md, "Access control").
    DEV("dev", null, "false", "no API keys: every request acts as admin; for local experiments only (logged loudly)"),
    KEYS_FILE("keys-file", "FILE", null,
        "API keys (SHA-256 hashes, roles, accounts), created with a new admin key on first start; none = <data-dir>/api-keys.json"),
    TLS_CERT("tls-cert", "PEM", null, "certificate chain (PEM) to serve HTTPS with; needs --tls-key"),
    TLS_KEY("tls-key", "PEM", null, "private key (PEM, PKCS#8) of --tls-cert"),
    RATE_LIMIT("rate-limit", "PER_SECOND", "10000", "requests per second per API key, beyond which 429; 0 = unlimited"),
    RATE_BURST("rate-burst", "N", "20000", "requests a key may send at once above its rate"),
    MAX_HEADER_SIZE("max-header-size", "BYTES", "8192", "largest request head (all headers); larger ones get 431"),
    MAX_JSON_DEPTH("max-json-depth", "N", "8", "deepest nesting of a JSON body; deeper ones get 400"),
    MAX_JSON_STRING("max-json-string", "CHARS", "1024", "longest string in a JSON body; longer ones get 400"),
    DATA_DIR("data-dir", "DIR", "./data", "directory holding the journal"),
    DURABILITY("durability", "async|sync", "async",
        "async acks once the journal append is in the mapped file; sync forces it to disk per batch"),
    WAIT_STRATEGY("wait-strategy", "KIND", "blocking",
        "how the writer thread waits for commands: blocking, sleeping, yielding, busy-spin"),
    RING_SIZE("ring-size", "N", "16384", "command ring slots, a power of two; a full ring answers 503"),
    MAX_BATCH_SIZE("max-batch-size", "N", "1024", "most commands per writer batch (one group commit each)"),
    SNAPSHOT_EVERY_EVENTS("snapshot-every-events", "N",
        String.valueOf(EngineConfig.DEFAULT_SNAPSHOT_POLICY.everyEvents()),
        "snapshot the state (for fast recovery) after this many events; 0 = no event trigger"),
    SNAPSHOT_EVERY_SECONDS("snapshot-every-seconds", "SECONDS",
        String.valueOf(EngineConfig.DEFAULT_SNAPSHOT_POLICY.everyMillis() / 1000),
        "snapshot the state after this many seconds with new events; 0 = no time trigger (both 0 = no snapshots)"),
    SNAPSHOT_CAPTURE("snapshot-capture", "replica|writer", "replica",
        "who serializes state snapshots: replica (a second copy of the state folds the journal on its own thread, so the writer never pauses; the state's memory doubles) or writer (at a batch end on the writer thread, which pauses it for the capture)"),
    SNAPSHOT_KEEP("snapshot-keep", "N", String.valueOf(EngineConfig.DEFAULT_SNAPSHOT_POLICY.keep()),
        "state snapshots kept in <data-dir>/snapshots/state, newest first"),
    EVENT_LOOPS("event-loops", "N", "auto", "HTTP event loops; auto = one per 4 cores, at least 1"),
    BODY_LIMIT("body-limit", "BYTES", "16384", "largest request body; larger ones get 413"),
    RYW_TIMEOUT_MS("ryw-timeout-ms", "MILLIS", "1000", "longest a read waits for minVersion before 504"),
    REPLY_QUEUE_SIZE("reply-queue-size", "N", "4096",
        "commands in flight per event loop, a power of two; beyond it new commands get 503"),
    METRICS_PORT("metrics-port", "N", "0", "serve /metrics on this port instead; 0 = on the main HTTP port"),
    READY_MAX_LAG_EVENTS("ready-max-lag-events", "N", "10000",
        "/health/ready answers 503 while any projection is this many events behind the journal head"),
    SHUTDOWN_TIMEOUT_MS("shutdown-timeout-ms", "MILLIS", "10000", "longest a shutdown waits for the ring to drain"),
    IDLE_TIMEOUT_MS("idle-timeout-ms", "MILLIS", "30000",
        "a connection that sends and receives nothing this long is closed; 0 = never"),
    REQUEST_HEADER_TIMEOUT_MS("request-header-timeout-ms", "MILLIS", "10000",
        "a connection must deliver a whole request head this soon after opening or after its last response, else it is closed (slow senders); 0 = no deadline"),
    MAX_CONNECTIONS("max-connections", "N", "10000",
        "open HTTP connections at most; beyond it new connections are closed at once"),
    MAX_ACCOUNTS("max-accounts", "N", String.valueOf(TradingLimits.defaults().maxAccounts()),
        "accounts that can ever be opened (pre-allocated)"),
    MAX_OPEN_ORDERS("max-open-orders", "N", String.valueOf(TradingLimits.defaults().maxOpenOrders()),
        "orders resting at once (pre-allocated)"),
    MAX_PRICE_LEVELS("max-price-levels", "N", String.valueOf(TradingLimits.defaults().maxPriceLevels()),
        "distinct prices per symbol and side"),
    ORDER_RETENTION("order-retention", "N", String.valueOf(TradingLimits.defaults().terminalOrderRetention()),
        "filled or cancelled orders kept for clientOrderId de-duplication"),
    VIEW_MAX_ORDERS("view-max-orders", "N", null,
        "orders the orders view holds at once, open + retained (direct memory, ~250 bytes each); at least --max-open-orders + --view-order-retention + 1; none = exactly that"),
    VIEW_ORDER_RETENTION("view-order-retention", "N", String.valueOf(TradingViewConfig.DEFAULT_ORDER_RETENTION),
        "filled or cancelled orders the orders view keeps (newest first); older ones are retired and GET answers 404"),
    VIEW_MAX_ACCOUNTS("view-max-accounts", "N", null,
        "accounts the read views hold (direct memory); fewer than --max-accounts stops the accounts projection once they are all open; none = --max-accounts"),
    BOOK_DEPTH("book-depth", "N", String.valueOf(TradingViewConfig.DEFAULT_BOOK_DEPTH),
        "price levels per side the book view publishes"),
    RECENT_TRADES("recent-trades", "N", String.valueOf(TradingViewConfig.DEFAULT_RECENT_TRADES),
        "trades per symbol the trades view keeps"),
    PROJECTION_IDLE_STRATEGY("projection-idle-strategy", "KIND", "notified",
        "how projection threads wait for events: notified (park until the journal commits, woken by the writer), backoff (spin, yield, then park up to 250 µs), sleeping, yielding, busy-spin"),
    PROJECTION_THREADS("projection-threads", "N", "1", "threads the four projections share"),
    INSTRUMENTS("instruments", "LIST", "ACME:1:1, BOLT:5:10, CRUX:1:100",
        "tradable instruments as SYMBOL:TICK:LOT,...; in the config file an array of {symbol, tickSize, lotSize}");

    private final String key;
    private final String label;
    private final String defaultText;
    private final String description;

    Setting(String key, String label, String defaultText, String description) {
        this.key = key;
        this.label = label;
        this.defaultText = defaultText;
        this.description = description;
    }

    /** Kebab-case name: the flag without its dashes. */
    public String key() {
        return key;
    }

    public String flag() {
        return "--" + key;
    }

    public String environmentVariable() {
        return "RINGTAIL_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public String fileKey() {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /** Null for a switch: a flag without a value, "true" in the environment or the file. */
    public String label() {
        return label;
    }

    public boolean isSwitch() {
        return label == null;
    }

    /** The default as text, parsed like any other source; null when the setting has none. */
    public String defaultText() {
        return defaultText;
    }

    public String description() {
        return description;
    }

    static Setting byFileKey(String fileKey) {
        for (Setting setting : values()) {
            if (setting.fileKey().equals(fileKey)) {
                return setting;
            }
        }
        return null;
    }
}
