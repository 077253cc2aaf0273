package io.ringtail.gateway.config;

import io.ringtail.engine.settings.Setting;
import io.ringtail.trading.TradingSettings;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Resolves each setting from its sources in order of precedence: flags, then environment variables
 * ({@code RINGTAIL_<NAME>}), then the JSON config file, then the default. Values are applied lowest
 * precedence first so a higher source simply overwrites; each is validated with its source's name.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    public static GatewayConfig load(Map<Setting<?>, String> flags, Map<String, String> environment) {
        GatewayConfig.Builder builder = GatewayConfig.defaults();
        String configFile = flags.getOrDefault(GatewaySettings.CONFIG,
            environment.get(GatewaySettings.CONFIG.environmentVariable()));
        if (configFile != null) {
            applyFile(builder, Paths.get(configFile));
        }
        for (Setting<?> setting : GatewaySettings.all()) {
            String value = environment.get(setting.environmentVariable());
            if (value != null) {
                builder.set(setting, value, setting.environmentVariable());
            }
        }
        flags.forEach((setting, value) -> builder.set(setting, value, setting.flag()));
        return builder.build();
    }

    private static void applyFile(GatewayConfig.Builder builder, Path file) {
        JsonObject json;
        try {
            json = new JsonObject(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        } catch (DecodeException | ClassCastException e) {
            throw new ConfigException("config file " + file + " is not a JSON object: " + firstLine(e.getMessage()));
        }
        for (Map.Entry<String, Object> entry : json) {
            Setting<?> setting = GatewaySettings.byFileKey(entry.getKey());
            String source = "config file " + file + " key '" + entry.getKey() + "'";
            if (setting == null || setting == GatewaySettings.CONFIG) {
                throw new ConfigException("unknown " + source);
            }
            builder.set(setting, text(setting, entry.getValue(), source), source);
        }
    }

    /** File values are JSON; the builder parses text, so scalars become their literal text. */
    private static String text(Setting<?> setting, Object value, String source) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (setting == TradingSettings.INSTRUMENTS && value instanceof JsonArray array) {
            return instrumentsText(array, source);
        }
        throw new ConfigException("invalid " + source + ": expected a string or a number");
    }

    private static String instrumentsText(JsonArray array, String source) {
        StringBuilder text = new StringBuilder();
        for (Object element : array) {
            if (!(element instanceof JsonObject instrument)
                || !(instrument.getValue("symbol") instanceof String symbol)
                || !(instrument.getValue("tickSize") instanceof Number tick)
                || !(instrument.getValue("lotSize") instanceof Number lot)
                || instrument.size() != 3) {
                throw new ConfigException("invalid " + source
                    + ": each instrument must be exactly {\"symbol\": text, \"tickSize\": number, \"lotSize\": number}");
            }
            if (symbol.contains(":") || symbol.contains(",")) {
                throw new ConfigException("invalid " + source + ": symbol '" + symbol + "' must not contain ':' or ','");
            }
            text.append(text.length() == 0 ? "" : ",").append(symbol).append(':').append(tick).append(':').append(lot);
        }
        return text.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
