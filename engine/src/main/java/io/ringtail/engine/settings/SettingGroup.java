package io.ringtail.engine.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The settings of one concern (HTTP, the journal, trading limits, ...), in the order they are declared, which
 * is the order {@code --help} and the README list them. A concern declares its group first and each setting
 * through {@link #add}, so declaring a setting is what lists it:
 * <pre>{@code
 * public static final SettingGroup WRITER = new SettingGroup("Writer");
 * public static final Setting<Integer> RING_SIZE = WRITER.add(Setting.of("ring-size", "N", "16384",
 *     SettingParser.powerOfTwo(1 << 30), "command ring slots, a power of two; a full ring answers 503"));
 * }</pre>
 */
public final class SettingGroup {
    private final String title;
    private final List<Setting<?>> settings = new ArrayList<>();

    public SettingGroup(String title) {
        this.title = title;
    }

    /** Adds the setting to this group during its owner's class initialization; returns it, for the constant. */
    public <T> Setting<T> add(Setting<T> setting) {
        settings.add(setting);
        return setting;
    }

    public String title() {
        return title;
    }

    public List<Setting<?>> settings() {
        return Collections.unmodifiableList(settings);
    }

    @Override
    public String toString() {
        return title + settings;
    }
}
