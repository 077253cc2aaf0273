package io.ringtail.gateway.config;

import io.ringtail.engine.settings.Setting;
import io.ringtail.engine.settings.SettingGroup;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The launcher's flags, built from {@link GatewaySettings} so that {@code --help} shows every setting, concern by
 * concern, with its default, range and environment variable. Flags are kept as text: only {@link ConfigLoader}
 * knows which source wins.
 */
public final class CommandLineOptions {
    private final Map<Setting<?>, String> values;
    private final boolean helpRequested;
    private final String usage;

    private CommandLineOptions(Map<Setting<?>, String> values, boolean helpRequested, String usage) {
        this.values = values;
        this.helpRequested = helpRequested;
        this.usage = usage;
    }

    /** @throws ConfigException for an unknown flag or a flag without its value */
    public static CommandLineOptions parse(String... args) {
        CommandLine commandLine = new CommandLine(spec(false));
        try {
            ParseResult result = commandLine.parseArgs(args);
            Map<Setting<?>, String> values = new LinkedHashMap<>();
            for (Setting<?> setting : GatewaySettings.all()) {
                if (result.hasMatchedOption(setting.flag())) {
                    values.put(setting, setting.isSwitch() ? "true" : result.matchedOptionValue(setting.flag(), ""));
                }
            }
            return new CommandLineOptions(values, result.isUsageHelpRequested(),
                new CommandLine(spec(true)).getUsageMessage());
        } catch (CommandLine.ParameterException e) {
            throw new ConfigException(e.getMessage() + " (see --help)");
        }
    }

    public Map<Setting<?>, String> values() {
        return values;
    }

    public boolean helpRequested() {
        return helpRequested;
    }

    public String usage() {
        return usage;
    }

    /** What {@code --help} says of a setting after its description. */
    private static String details(Setting<?> setting) {
        String range = setting.range().isEmpty() ? "" : "; range: " + setting.range();
        return "(default: " + setting.shownDefault() + range + "; env: " + setting.environmentVariable() + ")";
    }

    /**
     * @param sections options under one heading per concern, for {@code --help}; parsing uses the flat spec, since
     *                 picocli's argument groups would refuse a repeated flag with a message about groups
     */
    private static CommandSpec spec(boolean sections) {
        CommandSpec spec = CommandSpec.create().name("ringtail");
        spec.usageMessage()
            .description("Ringtail: an in-memory CQRS trading engine behind an HTTP/JSON gateway.",
                "Precedence: flags > environment variables > config file > defaults.")
            .abbreviateSynopsis(true)
            .sortOptions(false)
            .width(110);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help and exit").build());
        for (SettingGroup group : GatewaySettings.GROUPS) {
            if (!sections) {
                group.settings().forEach(setting -> spec.addOption(option(setting)));
                continue;
            }
            ArgGroupSpec.Builder section = ArgGroupSpec.builder().heading("%n" + group.title() + ":%n").exclusive(false)
                .multiplicity("0..1");
            group.settings().forEach(setting -> section.addArg(option(setting)));
            spec.addArgGroup(section.build());
        }
        return spec;
    }

    private static OptionSpec option(Setting<?> setting) {
        OptionSpec.Builder option = OptionSpec.builder(setting.flag())
            .description(setting.description() + " " + details(setting));
        if (setting.isSwitch()) {
            option.arity("0").type(boolean.class);
        } else {
            option.paramLabel(setting.label()).type(String.class);
        }
        return option.build();
    }
}
