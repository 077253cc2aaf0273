package io.ringtail.gateway.config;

import io.ringtail.engine.settings.Setting;
import io.ringtail.engine.settings.SettingGroup;
import io.ringtail.journal.DurabilityMode;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.trading.Instrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void shouldUseTheDocumentedDefaults() {
        GatewayConfig config = ConfigLoader.load(Map.of(), Map.of());
        assertEquals(8080, config.http().port());
        assertEquals("127.0.0.1", config.http().bind());
        assertEquals(Path.of("./data"), config.engineConfig().dataDirectory());
        assertEquals(DurabilityMode.ASYNC, config.engineConfig().durability());
        assertEquals(16 * 1024, config.http().bodyLimit());
        assertEquals(1000, config.http().rywTimeoutMillis());
        assertEquals(new SnapshotPolicy(1_000_000, 300_000, 3), config.engineConfig().snapshotPolicy());
        assertEquals(List.of(new Instrument("ACME", 1, 1), new Instrument("BOLT", 5, 10), new Instrument("CRUX", 1, 100)),
            config.instruments());
    }

    @Test
    void shouldLetFlagsBeatEnvironmentBeatFileBeatDefaults() throws Exception {
        Path file = dir.resolve("ringtail.json");
        Files.writeString(file, "{\"port\": 9001, \"bind\": \"0.0.0.0\", \"dataDir\": \"/from/file\", \"bodyLimit\": 2048,"
            + " \"instruments\": [{\"symbol\": \"ZED\", \"tickSize\": 2, \"lotSize\": 3}]}");
        Map<String, String> env = Map.of("RINGTAIL_CONFIG", file.toString(), "RINGTAIL_PORT", "9002",
            "RINGTAIL_DATA_DIR", "/from/env");
        GatewayConfig config = ConfigLoader.load(CommandLineOptions.parse("--port", "9003").values(), env);
        assertEquals(9003, config.http().port(), "flag over environment");
        assertEquals(Path.of("/from/env"), config.engineConfig().dataDirectory(), "environment over file");
        assertEquals("0.0.0.0", config.http().bind(), "file over default");
        assertEquals(2048, config.http().bodyLimit());
        assertEquals(List.of(new Instrument("ZED", 2, 3)), config.instruments());
        assertEquals(DurabilityMode.ASYNC, config.engineConfig().durability(), "default when nobody says otherwise");
    }

    @Test
    void shouldNameTheSourceOfABadValue() {
        assertMessage("invalid --port 'http': must be a whole number",
            () -> ConfigLoader.load(CommandLineOptions.parse("--port", "http").values(), Map.of()));
        assertMessage("invalid RINGTAIL_RING_SIZE '1000': must be a power of two",
            () -> ConfigLoader.load(Map.of(), Map.of("RINGTAIL_RING_SIZE", "1000")));
        assertMessage("invalid RINGTAIL_DURABILITY 'fast': durability must be async or sync, got 'fast'",
            () -> ConfigLoader.load(Map.of(), Map.of("RINGTAIL_DURABILITY", "fast")));
        assertMessage("invalid --instruments 'ACME:1:1,ACME:2:2': symbol 'ACME' is listed twice",
            () -> ConfigLoader.load(CommandLineOptions.parse("--instruments", "ACME:1:1,ACME:2:2").values(), Map.of()));
        assertMessage("invalid RINGTAIL_SNAPSHOT_KEEP '0': must be within 1..1000",
            () -> ConfigLoader.load(Map.of(), Map.of("RINGTAIL_SNAPSHOT_KEEP", "0")));
        assertThrows(ConfigException.class, () -> CommandLineOptions.parse("--colour", "red"));
        assertMessage("option '--port' (N) should be specified only once (see --help)",
            () -> CommandLineOptions.parse("--port", "1", "--dev", "--port", "2"));
    }

    @Test
    void shouldRefuseAnOrdersViewTooSmallForTheOpenOrdersAndTheRetention() {
        assertMessage("--view-max-orders 1100 is too small: the orders view must hold --max-open-orders (1000) + "
                + "--view-order-retention (200) + 1 = 1201 orders; raise it or lower the other two",
            () -> ConfigLoader.load(CommandLineOptions.parse("--max-open-orders", "1000", "--view-order-retention", "200",
                "--view-max-orders", "1100").values(), Map.of()));
        GatewayConfig exact = ConfigLoader.load(CommandLineOptions.parse("--max-open-orders", "1000",
            "--view-order-retention", "200", "--view-max-orders", "1201").values(), Map.of());
        assertEquals(1201, exact.viewConfig().maxOrders());
        // Unset, the view capacities follow the domain's limits, so raising those alone is enough.
        GatewayConfig defaults = ConfigLoader.load(Map.of(), Map.of());
        assertEquals((long) defaults.limits().maxOpenOrders() + defaults.viewConfig().orderRetention() + 1,
            defaults.viewConfig().maxOrders());
        assertEquals(defaults.limits().maxAccounts(), defaults.viewConfig().maxAccounts());
        GatewayConfig larger = ConfigLoader.load(CommandLineOptions.parse("--max-open-orders", "2000000",
            "--max-accounts", "250000").values(), Map.of());
        assertEquals(2_000_000 + 100_000 + 1, larger.viewConfig().maxOrders());
        assertEquals(250_000, larger.viewConfig().maxAccounts());
    }

    @Test
    void shouldRefuseAnUnknownOrMistypedFileKey() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"ringsize\": 8}");
        ConfigException unknown = assertThrows(ConfigException.class,
            () -> ConfigLoader.load(Map.of(GatewaySettings.CONFIG, file.toString()), Map.of()));
        assertTrue(unknown.getMessage().contains("unknown config file " + file + " key 'ringsize'"), unknown.getMessage());
        Files.writeString(file, "{\"port\": 80.5}");
        assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of(GatewaySettings.CONFIG, file.toString()), Map.of()));
        Files.writeString(file, "{\"port\": ");
        assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of(GatewaySettings.CONFIG, file.toString()), Map.of()));
    }

    @Test
    void shouldListEveryOptionWithItsDefaultAndVariableInHelp() {
        CommandLineOptions options = CommandLineOptions.parse("--help");
        assertTrue(options.helpRequested());
        for (SettingGroup group : GatewaySettings.GROUPS) {
            assertTrue(options.usage().contains("\n" + group.title() + ":\n"), group.title());
        }
        String usage = options.usage().replaceAll("\\s+", "");
        for (Setting<?> setting : GatewaySettings.all()) {
            assertTrue(usage.contains(setting.flag()), setting.flag());
            assertTrue(usage.contains("env:" + setting.environmentVariable()), setting.environmentVariable());
            if (setting.defaultText() != null) {
                assertTrue(usage.contains("default:" + setting.defaultText().replaceAll("\\s+", "")), setting + " default");
            }
        }
    }

    private static void assertMessage(String expected, Runnable load) {
        assertEquals(expected, assertThrows(ConfigException.class, load::run).getMessage());
    }
}
