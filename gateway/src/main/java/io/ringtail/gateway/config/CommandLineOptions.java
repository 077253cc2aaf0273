package io.ringtail.gateway.config;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.EnumMap;
import java.util.Map;

/**
 * The launcher's flags, built from {@link Setting} so that {@code --help} shows every setting with its
 * default and environment variable. Flags are kept as text: only {@link ConfigLoader} knows which source wins.
 */
public final class CommandLineOptions {
    private final Map<Setting, String> values;
    private final boolean helpRequested;
    private final String usage;

    private CommandLineOptions(Map<Setting, String> values, boolean helpRequested, String usage) {
        this.values = values;
        this.helpRequested = helpRequested;
        this.usage = usage;
    }

    /** @throws ConfigException for an unknown flag or a flag without its value */
    public static CommandLineOptions parse(String... args) {
        CommandLine commandLine = new CommandLine(spec());
        try {
            ParseResult result = commandLine.parseArgs(args);
            Map<Setting, String> values = new EnumMap<>(Setting.class);
            for (Setting setting : Setting.values()) {
                if (result.hasMatchedOption(setting.flag())) {
                    values.put(setting, setting.isSwitch() ? "true" : result.matchedOptionValue(setting.flag(), ""));
                }
            }
            return new CommandLineOptions(values, result.isUsageHelpRequested(), commandLine.getUsageMessage());
        } catch (CommandLine.ParameterException e) {
            throw new ConfigException(e.getMessage() + " (see --help)");
        }
    }

    public Map<Setting, String> values() {
        return values;
    }

    public boolean helpRequested() {
        return helpRequested;
    }

    public String usage() {
        return usage;
    }

    private static CommandSpec spec() {
        CommandSpec spec = CommandSpec.create().name("ringtail");
        spec.usageMessage()
            .description("Ringtail: an in-memory CQRS trading engine behind an HTTP/JSON gateway.",
                "Precedence: flags > environment variables > config file > defaults.")
            .sortOptions(false)
            .width(110);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help and exit").build());
        for (Setting setting : Setting.values()) {
            String defaultText = setting.defaultText() == null ? "none" : setting.defaultText();
            OptionSpec.Builder option = OptionSpec.builder(setting.flag())
                .description(setting.description() + " (default: " + defaultText + "; env: "
                    + setting.environmentVariable() + ")");
            if (setting.isSwitch()) {
                option.arity("0").type(boolean.class);
            } else {
                option.paramLabel(setting.label()).type(String.class);
            }
            spec.addOption(option.build());
        }
        return spec;
    }
}
