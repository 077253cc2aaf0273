package io.ringtail.engine.settings;

import java.util.HashMap;
import java.util.Map;

/**
 * The parsed value of each setting, filled from one source after another: a later {@link #set} overwrites an
 * earlier one, so a launcher applies its sources lowest precedence first. Every text is parsed as it arrives,
 * and a bad one is refused with a message naming its source, so an operator sees which flag, variable or file
 * key to fix. Each concern then reads its own settings here and builds its config.
 */
public final class SettingValues {
    private final Map<Setting<?>, Object> values = new HashMap<>();

    /** Every setting of the groups at its default (settings without one stay unset). */
    public static SettingValues defaults(Iterable<SettingGroup> groups) {
        SettingValues values = new SettingValues();
        for (SettingGroup group : groups) {
            for (Setting<?> setting : group.settings()) {
                if (setting.defaultText() != null) {
                    values.set(setting, setting.defaultText(), "default of " + setting.flag());
                }
            }
        }
        return values;
    }

    /**
     * @param source where the text came from, for the message ("--port", "RINGTAIL_PORT", ...)
     * @throws SettingException when the text is not a valid value of the setting
     */
    public SettingValues set(Setting<?> setting, String text, String source) {
        try {
            values.put(setting, setting.parse(text));
        } catch (IllegalArgumentException e) {
            throw new SettingException("invalid " + source + " '" + text + "': " + e.getMessage());
        }
        return this;
    }

    /** The value, or null when the setting has no default and no source gave it. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        return (T) values.get(setting);
    }
}
