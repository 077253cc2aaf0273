package io.ringtail.gateway.config;

import io.ringtail.engine.settings.Setting;
import io.ringtail.engine.settings.SettingGroup;
import io.ringtail.engine.settings.SettingParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTableTest {
    private static final String REGENERATE = "gateway/README.md's settings tables differ from the declarations; after "
        + "mvn -pl gateway -am package -DskipTests, rewrite them with java -cp gateway/target/ringtail-gateway.jar "
        + "io.ringtail.gateway.config.SettingsTable gateway/README.md";

    @Test
    void shouldHaveTheReadmeTablesOfTheDeclarations() throws IOException {
        String readme = Files.readString(readme());
        List<String> differences = differences(SettingsTable.markdown(GatewaySettings.GROUPS), SettingsTable.between(readme));
        assertTrue(differences.isEmpty(), REGENERATE + ":\n" + String.join("\n", differences));
    }

    @Test
    void shouldNoticeAMissingRowAChangedDefaultAndAnUndeclaredRow() {
        String tables = SettingsTable.markdown(GatewaySettings.GROUPS);
        String readme = "# Settings\n\n" + SettingsTable.BEGIN + "\n" + tables + SettingsTable.END + "\n\nmore prose\n";
        assertEquals(List.of(), differences(tables, SettingsTable.between(readme)));
        assertEquals(readme, SettingsTable.replaced(readme, tables), "rewriting an up-to-date README changes nothing");

        String portRow = row(tables, "`--port`");
        assertEquals(List.of("missing from the README: " + portRow),
            differences(tables, SettingsTable.between(readme.replace(portRow + "\n", ""))));
        String changedDefault = portRow.replace("| 8080 |", "| 8081 |");
        assertEquals(List.of("missing from the README: " + portRow, "not declared: " + changedDefault),
            differences(tables, SettingsTable.between(readme.replace(portRow, changedDefault))));

        SettingGroup extra = new SettingGroup("Extra");
        Setting<Integer> added = extra.add(Setting.of("new-setting", "N", "7", SettingParser.integer(1, 9), "a new one"));
        List<SettingGroup> withOneMore = new ArrayList<>(GatewaySettings.GROUPS);
        withOneMore.add(extra);
        List<String> declaredButNotDocumented = differences(SettingsTable.markdown(withOneMore),
            SettingsTable.between(readme));
        assertTrue(declaredButNotDocumented.contains("missing from the README: | `--new-setting` | `RINGTAIL_NEW_SETTING` "
            + "| 7 | 1..9 | a new one |"), declaredButNotDocumented.toString());
        assertEquals("--new-setting", added.flag());
    }

    @Test
    void shouldListEachSettingOnceWithItsOwnFlagVariableAndFileKey() {
        List<Setting<?>> all = GatewaySettings.all();
        assertEquals(all.size(), all.stream().map(Setting::flag).distinct().count());
        assertEquals(all.size(), all.stream().map(Setting::environmentVariable).distinct().count());
        assertEquals(all.size(), all.stream().map(Setting::fileKey).distinct().count());
        for (Setting<?> setting : all) {
            assertTrue(setting.name().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), setting.name());
        }
    }

    /** Lines of the declared tables the README lacks, then README lines no declaration gives. */
    private static List<String> differences(String declared, String documented) {
        List<String> declaredLines = declared.lines().toList();
        List<String> documentedLines = documented.lines().toList();
        List<String> differences = new ArrayList<>();
        declaredLines.stream().filter(line -> !documentedLines.contains(line))
            .forEach(line -> differences.add("missing from the README: " + line));
        documentedLines.stream().filter(line -> !declaredLines.contains(line))
            .forEach(line -> differences.add("not declared: " + line));
        if (differences.isEmpty() && !declared.equals(documented)) {
            differences.add("same rows, different order or spacing");
        }
        return differences;
    }

    private static String row(String tables, String flag) {
        return tables.lines().filter(line -> line.startsWith("| " + flag + " ")).findFirst().orElseThrow();
    }

    private static Path readme() {
        Path inModule = Path.of("README.md");
        return Files.exists(inModule.resolveSibling("pom.xml")) && Files.exists(Path.of("src")) ? inModule
            : Path.of("gateway", "README.md");
    }
}
