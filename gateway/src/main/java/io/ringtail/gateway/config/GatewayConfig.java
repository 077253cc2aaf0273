package io.ringtail.gateway.config;

import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.projection.ProjectionConfig;
import io.ringtail.engine.settings.EngineSettings;
import io.ringtail.engine.settings.ProjectionSettings;
import io.ringtail.engine.settings.Setting;
import io.ringtail.engine.settings.SettingException;
import io.ringtail.engine.settings.SettingValues;
import io.ringtail.engine.settings.SnapshotSettings;
import io.ringtail.trading.Instrument;
import io.ringtail.trading.TradingLimits;
import io.ringtail.trading.TradingSettings;
import io.ringtail.trading.view.TradingViewConfig;
import io.ringtail.trading.view.TradingViewSettings;

import java.util.List;

/**
 * The configs of the parts the gateway wires, each built and validated by the concern that owns its settings
 * ({@link GatewaySettings#GROUPS}). {@link ConfigLoader} decides which source each value comes from.
 *
 * @param snapshotOnReplica true when a replica of the domain takes the state snapshots, false when the writer
 *                          captures them
 * @param projectionConfig  view snapshots follow the engine's snapshot policy, in {@code <data-dir>/snapshots/view-<name>}
 */
public record GatewayConfig(HttpConfig http, AccessConfig access, EngineConfig engineConfig,
                            ProjectionConfig projectionConfig, boolean snapshotOnReplica, TradingLimits limits,
                            List<Instrument> instruments, TradingViewConfig viewConfig) {

    /** Every setting at its default: what a test starts from. */
    public static Builder defaults() {
        return new Builder(SettingValues.defaults(GatewaySettings.GROUPS));
    }

    /** @throws SettingException when a combination of settings is refused (a single bad value is refused earlier) */
    static GatewayConfig from(SettingValues values) {
        TradingLimits limits = TradingSettings.limits(values);
        return new GatewayConfig(HttpSettings.httpConfig(values), AccessSettings.accessConfig(values),
            EngineSettings.engineConfig(values), ProjectionSettings.projectionConfig(values),
            SnapshotSettings.captureOnReplica(values), limits, TradingSettings.instruments(values),
            TradingViewSettings.viewConfig(values, limits));
    }

    /** Collects settings as text, one at a time, each checked as it arrives. */
    public static final class Builder {
        private final SettingValues values;

        private Builder(SettingValues values) {
            this.values = values;
        }

        /**
         * @param source where the text came from, for the error message ("--port", "RINGTAIL_PORT", ...)
         * @throws ConfigException when the text is not a valid value of the setting
         */
        public Builder set(Setting<?> setting, String text, String source) {
            try {
                values.set(setting, text, source);
            } catch (SettingException e) {
                throw new ConfigException(e.getMessage());
            }
            return this;
        }

        /** @throws ConfigException when the settings do not go together */
        public GatewayConfig build() {
            try {
                return from(values);
            } catch (SettingException e) {
                throw new ConfigException(e.getMessage());
            }
        }
    }
}
