package io.ringtail.gateway.config;

import io.ringtail.engine.settings.EngineSettings;
import io.ringtail.engine.settings.ProjectionSettings;
import io.ringtail.engine.settings.Setting;
import io.ringtail.engine.settings.SettingGroup;
import io.ringtail.engine.settings.SettingParser;
import io.ringtail.engine.settings.SnapshotSettings;
import io.ringtail.trading.TradingSettings;
import io.ringtail.trading.view.TradingViewSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * Every concern's settings, in the order {@code --help} and gateway/README.md list them. Each concern declares
 * its own (the engine's in {@code io.ringtail.engine.settings}, the trading domain's in {@code io.ringtail.trading});
 * a new setting is one declaration in its concern's class, a new concern one line here.
 */
public final class GatewaySettings {
    public static final SettingGroup LAUNCHER = new SettingGroup("Launcher");

    public static final Setting<Path> CONFIG = LAUNCHER.add(Setting.of("config", "FILE", null, SettingParser.path(),
        "JSON config file; its keys are the option names in camelCase (dataDir, ringSize, ...)"));

    public static final List<SettingGroup> GROUPS = List.of(LAUNCHER, HttpSettings.GROUP, AccessSettings.GROUP,
        EngineSettings.JOURNAL, EngineSettings.WRITER, SnapshotSettings.GROUP, ProjectionSettings.GROUP,
        TradingSettings.LIMITS, TradingSettings.INSTRUMENT_LIST, TradingViewSettings.GROUP);

    private GatewaySettings() {
    }

    public static List<Setting<?>> all() {
        return GROUPS.stream().<Setting<?>>flatMap(group -> group.settings().stream()).toList();
    }

    /** Null when no setting has that config-file key. */
    static Setting<?> byFileKey(String fileKey) {
        for (Setting<?> setting : all()) {
            if (setting.fileKey().equals(fileKey)) {
                return setting;
            }
        }
        return null;
    }
}
