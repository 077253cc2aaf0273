package io.ringtail.gateway.config;

import io.ringtail.engine.settings.EngineSettings;
import io.ringtail.engine.settings.Setting;
import io.ringtail.engine.settings.SettingException;
import io.ringtail.engine.settings.SettingGroup;
import io.ringtail.engine.settings.SettingParser;
import io.ringtail.engine.settings.SettingValues;

import java.nio.file.Path;

/** Who may reach the gateway and how much they may send (gateway/README.md, "Access control"). */
public final class AccessSettings {
    public static final SettingGroup GROUP = new SettingGroup("Access control");

    public static final Setting<Boolean> DEV = GROUP.add(Setting.toggle("dev",
        "no API keys: every request acts as admin; for local experiments only (logged loudly)"));
    public static final Setting<Path> KEYS_FILE = GROUP.add(Setting.of("keys-file", "FILE", null, SettingParser.path(),
        "API keys (SHA-256 hashes, roles, accounts), created with a new admin key on first start")
        .unsetMeans("<data-dir>/api-keys.json"));
    public static final Setting<Path> TLS_CERT = GROUP.add(Setting.of("tls-cert", "PEM", null, SettingParser.path(),
        "certificate chain (PEM) to serve HTTPS with; needs --tls-key"));
    public static final Setting<Path> TLS_KEY = GROUP.add(Setting.of("tls-key", "PEM", null, SettingParser.path(),
        "private key (PEM, PKCS#8) of --tls-cert"));
    public static final Setting<Long> RATE_LIMIT = GROUP.add(Setting.of("rate-limit", "PER_SECOND", "10000",
        SettingParser.wholeNumber(0, 1_000_000_000),
        "requests per second per API key (token bucket), beyond which 429 with Retry-After; 0 = unlimited"));
    public static final Setting<Long> RATE_BURST = GROUP.add(Setting.of("rate-burst", "N", "20000",
        SettingParser.wholeNumber(1, 1_000_000_000), "requests a key may send at once above its rate"));
    public static final Setting<Integer> MAX_HEADER_SIZE = GROUP.add(Setting.of("max-header-size", "BYTES", "8192",
        SettingParser.integer(1024, 1024 * 1024), "largest request head (all headers); larger ones get 431"));
    public static final Setting<Integer> MAX_JSON_DEPTH = GROUP.add(Setting.of("max-json-depth", "N", "8",
        SettingParser.integer(1, 1000), "deepest nesting of a JSON body; deeper ones get 400 JSON_TOO_DEEP"));
    public static final Setting<Integer> MAX_JSON_STRING = GROUP.add(Setting.of("max-json-string", "CHARS", "1024",
        SettingParser.integer(64, 64 * 1024 * 1024), "longest string in a JSON body; longer ones get 400 STRING_TOO_LONG"));

    private AccessSettings() {
    }

    public static AccessConfig accessConfig(SettingValues values) {
        Path tlsCert = values.get(TLS_CERT);
        Path tlsKey = values.get(TLS_KEY);
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new SettingException(TLS_CERT.flag() + " and " + TLS_KEY.flag() + " go together: give both or neither");
        }
        Path keys = values.get(KEYS_FILE);
        if (keys == null) {
            keys = values.get(EngineSettings.DATA_DIR).resolve("api-keys.json");
        }
        return new AccessConfig(values.get(DEV), keys, tlsCert, tlsKey, values.get(RATE_LIMIT), values.get(RATE_BURST),
            values.get(MAX_HEADER_SIZE), values.get(MAX_JSON_DEPTH), values.get(MAX_JSON_STRING));
    }
}
