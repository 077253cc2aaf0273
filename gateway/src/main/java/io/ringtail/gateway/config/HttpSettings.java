package io.ringtail.gateway.config;

import io.ringtail.engine.settings.Setting;
import io.ringtail.engine.settings.SettingGroup;
import io.ringtail.engine.settings.SettingParser;
import io.ringtail.engine.settings.SettingValues;

/** The HTTP server's settings; they build the {@link HttpConfig}. */
public final class HttpSettings {
    public static final SettingGroup GROUP = new SettingGroup("HTTP");

    public static final Setting<Integer> PORT = GROUP.add(Setting.of("port", "N", "8080", SettingParser.integer(0, 65_535),
        "HTTP port; 0 picks a free port and logs it"));
    public static final Setting<String> BIND = GROUP.add(Setting.of("bind", "ADDR", "127.0.0.1", SettingParser.text(),
        "address the HTTP server binds to"));
    public static final Setting<Integer> EVENT_LOOPS = GROUP.add(Setting.of("event-loops", "N", "auto",
        SettingParser.of("auto, 1..256", HttpSettings::eventLoops), "HTTP event loops; auto = one per 4 cores, at least 1"));
    public static final Setting<Integer> BODY_LIMIT = GROUP.add(Setting.of("body-limit", "BYTES", "16384",
        SettingParser.integer(64, 64 * 1024 * 1024), "largest request body; larger ones get 413"));
    public static final Setting<Long> RYW_TIMEOUT_MS = GROUP.add(Setting.of("ryw-timeout-ms", "MILLIS", "1000",
        SettingParser.wholeNumber(0, 3_600_000), "longest a read waits for minVersion before 504"));
    public static final Setting<Integer> REPLY_QUEUE_SIZE = GROUP.add(Setting.of("reply-queue-size", "N", "4096",
        SettingParser.powerOfTwo(1 << 24),
        "commands in flight per event loop, a power of two; beyond it new commands get 503"));
    public static final Setting<Long> IDLE_TIMEOUT_MS = GROUP.add(Setting.of("idle-timeout-ms", "MILLIS", "30000",
        SettingParser.wholeNumber(0, 86_400_000),
        "a connection that sends and receives nothing this long is closed; 0 = never"));
    public static final Setting<Long> REQUEST_HEADER_TIMEOUT_MS = GROUP.add(Setting.of("request-header-timeout-ms",
        "MILLIS", "10000", SettingParser.wholeNumber(0, 3_600_000),
        "a connection must deliver a whole request head this soon after opening or after its last response, else it "
            + "is closed (slow senders); 0 = no deadline"));
    public static final Setting<Integer> MAX_CONNECTIONS = GROUP.add(Setting.of("max-connections", "N", "10000",
        SettingParser.integer(1, 10_000_000), "open HTTP connections at most; beyond it new connections are closed at once"));
    public static final Setting<Integer> METRICS_PORT = GROUP.add(Setting.of("metrics-port", "N", "0",
        SettingParser.integer(0, 65_535), "serve /metrics on this port instead; 0 = on the main HTTP port"));
    public static final Setting<Long> READY_MAX_LAG_EVENTS = GROUP.add(Setting.of("ready-max-lag-events", "N", "10000",
        SettingParser.wholeNumber(0, Long.MAX_VALUE),
        "/health/ready answers 503 while any projection is this many events behind the journal head"));

    private HttpSettings() {
    }

    public static HttpConfig httpConfig(SettingValues values) {
        return new HttpConfig(values.get(PORT), values.get(BIND), values.get(EVENT_LOOPS), values.get(BODY_LIMIT),
            values.get(RYW_TIMEOUT_MS), values.get(REPLY_QUEUE_SIZE), values.get(IDLE_TIMEOUT_MS),
            values.get(REQUEST_HEADER_TIMEOUT_MS), values.get(MAX_CONNECTIONS), values.get(METRICS_PORT),
            values.get(READY_MAX_LAG_EVENTS));
    }

    /** One loop per four cores: the writer, the journal and GC need the rest on a small machine. */
    private static int eventLoops(String text) {
        if ("auto".equalsIgnoreCase(text)) {
            return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors() / 4));
        }
        return (int) SettingParser.longIn(text, 1, 256);
    }
}
