package io.ringtail.engine.settings;

import java.util.Locale;
import java.util.Objects;

/**
 * One launch setting, declared once by the code that owns it: its name, default, range and parser. The flag
 * ({@code --ring-size}), environment variable ({@code RINGTAIL_RING_SIZE}) and config-file key
 * ({@code ringSize}) all derive from the name, so {@code --help}, the environment, the file and the settings
 * table in gateway/README.md can never disagree. Declare it as a constant beside the others of its concern,
 * add it to that concern's {@link SettingGroup}, and read it with {@link SettingValues#get(Setting)} where the
 * concern builds its config.
 *
 * @param <T> the parsed value's type
 */
public final class Setting<T> {
    private final String name;
    private final String label;
    private final String defaultText;
    private final String unsetMeaning;
    private final SettingParser<T> parser;
    private final String description;

    private Setting(String name, String label, String defaultText, String unsetMeaning, SettingParser<T> parser,
                    String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.label = label;
        this.defaultText = defaultText;
        this.unsetMeaning = unsetMeaning;
        this.parser = Objects.requireNonNull(parser, "parser");
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * @param name        kebab-case, the flag without its dashes
     * @param label       what the value is, for {@code --help} ({@code N}, {@code MILLIS}, {@code DIR})
     * @param defaultText the default as text, parsed like any other source; null when the setting has none
     */
    public static <T> Setting<T> of(String name, String label, String defaultText, SettingParser<T> parser,
                                    String description) {
        return new Setting<>(name, Objects.requireNonNull(label, "label"), defaultText, null, parser, description);
    }

    /** A switch: a flag without a value, {@code true} or {@code false} in the environment or the file; off by default. */
    public static Setting<Boolean> toggle(String name, String description) {
        return new Setting<>(name, null, "false", null, SettingParser.bool(), description);
    }

    /** The same setting, with what leaving it unset means (for a setting without a default, in help and README). */
    public Setting<T> unsetMeans(String meaning) {
        return new Setting<>(name, label, defaultText, meaning, parser, description);
    }

    public String name() {
        return name;
    }

    public String flag() {
        return "--" + name;
    }

    public String environmentVariable() {
        return "RINGTAIL_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** camelCase of the name: {@code ring-size} is {@code ringSize} in the JSON config file. */
    public String fileKey() {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /** Null for a switch. */
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

    /** The default as an operator reads it: the text, what unset means, or {@code none}. */
    public String shownDefault() {
        if (defaultText != null) {
            return defaultText;
        }
        return unsetMeaning != null ? unsetMeaning : "none";
    }

    /** The values the parser accepts, in words ({@code 1..256}, {@code async, sync}); empty when any text goes. */
    public String range() {
        return parser.range();
    }

    public String description() {
        return description;
    }

    /** @throws IllegalArgumentException saying what a valid value is, without repeating the value */
    public T parse(String text) {
        return parser.parse(text.trim());
    }

    @Override
    public String toString() {
        return flag();
    }
}
