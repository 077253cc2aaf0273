package io.ringtail.gateway.config;

import io.ringtail.engine.settings.Setting;
import io.ringtail.engine.settings.SettingGroup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings tables of gateway/README.md, written from the same declarations as {@code --help}: one table per
 * concern, between two marker lines. {@code SettingsTableTest} fails when the README's tables are not exactly
 * these; after changing a declaration, rewrite them with
 * {@code java -cp gateway/target/ringtail-gateway.jar io.ringtail.gateway.config.SettingsTable gateway/README.md}.
 */
public final class SettingsTable {
    static final String BEGIN = "<!-- settings: generated from the declarations by SettingsTable, do not edit by hand -->";
    static final String END = "<!-- settings: end -->";
    /** Flags and {@code <placeholders>} read as code. */
    private static final Pattern CODE = Pattern.compile("--[a-z][a-z-]*|[^\\s,;()]*<[a-z-]+>[^\\s,;()]*");

    private SettingsTable() {
    }

    /** Rewrites the tables between the markers of the markdown file given. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SettingsTable README.md");
            System.exit(2);
        }
        Path readme = Path.of(args[0]);
        Files.writeString(readme, replaced(Files.readString(readme), markdown(GatewaySettings.GROUPS)));
    }

    static String markdown(List<SettingGroup> groups) {
        StringBuilder text = new StringBuilder();
        for (SettingGroup group : groups) {
            text.append("\n**").append(group.title()).append("**\n\n")
                .append("| flag | env | default | range | meaning |\n|---|---|---|---|---|\n");
            for (Setting<?> setting : group.settings()) {
                text.append("| `").append(setting.flag()).append("` | `").append(setting.environmentVariable()).append("` | ")
                    .append(cell(setting.shownDefault())).append(" | ").append(cell(setting.range())).append(" | ")
                    .append(cell(setting.description())).append(" |\n");
            }
        }
        return text.append('\n').toString();
    }

    /** The text between the markers; the whole text when they are missing, so that a comparison fails. */
    static String between(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            return readme;
        }
        return readme.substring(begin + BEGIN.length() + 1, end);
    }

    static String replaced(String readme, String tables) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the README has no lines " + BEGIN + " and " + END);
        }
        return readme.substring(0, begin + BEGIN.length() + 1) + tables + readme.substring(end);
    }

    private static String cell(String text) {
        Matcher code = CODE.matcher(text.replace("|", "\\|"));
        return code.replaceAll(match -> Matcher.quoteReplacement("`" + match.group() + "`"));
    }
}
