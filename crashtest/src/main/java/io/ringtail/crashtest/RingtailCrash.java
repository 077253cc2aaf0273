package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The command line: parses the options, runs the crash loop, writes the report, sets the exit status. */
@Command(name = "ringtail-crash", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 110,
        description = {"Runs the Ringtail gateway as a child process, drives it with concurrent clients, kills it with "
            + "SIGKILL at seeded random moments, restarts it and checks after every restart that no acknowledged "
            + "command was lost, that the recovered state and views equal a from-scratch replay of the journal, "
            + "that retried requests never take effect twice and that sequences have no gap and no reuse.",
            "Arguments after -- go to every gateway started (e.g. -- --order-retention 200000)."},
        footer = {"", "Exit status: 0 passed, 1 a violation was found, 2 bad arguments, 3 could not run."})
public final class RingtailCrash implements Callable<Integer> {
    static final int PASSED = 0;
    static final int VIOLATIONS = 1;
    static final int BAD_ARGUMENTS = 2;
    static final int CANNOT_RUN = 3;

    @Option(names = "--iterations", defaultValue = "5", description = "Kills (each followed by a restart and the checks). Default: ${DEFAULT-VALUE}.")
    private int iterations;

    @Option(names = "--durability", defaultValue = "async", description = "The gateway's --durability: async or sync. Default: ${DEFAULT-VALUE}.")
    private String durability;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients, one account and one connection each. Default: ${DEFAULT-VALUE}.")
    private int clients;

    @Option(names = "--rate", defaultValue = "200", description = "Commands per second, all clients together. Default: ${DEFAULT-VALUE}.")
    private int rate;

    @Option(names = "--seed", defaultValue = "1", description = "Seeds the kill moments and every client's commands. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--kill-after", defaultValue = "500..3000", paramLabel = "MIN..MAX",
            description = "Load phase before each kill, milliseconds, drawn from the seed. Default: ${DEFAULT-VALUE}.")
    private String killAfter;

    @Option(names = "--work-dir", description = "Holds data/, logs/, acks.log and crash-report.json. Default: a new temporary directory.")
    private Path workDir;

    @Option(names = "--data-dir", description = "The server's data directory; must not hold a journal yet. Default: WORK_DIR/data.")
    private Path dataDir;

    @Option(names = "--journal-subdir", defaultValue = "journal",
            description = "What a from-scratch replay copies from the data directory (the journal, no snapshots). Default: ${DEFAULT-VALUE}.")
    private String journalSubdir;

    @Option(names = "--api-key", description = "Sent as Authorization: Bearer KEY on every request. Default: the admin key "
        + "each gateway prints on the first start of its data directory, read from its log.")
    private String apiKey;

    @Option(names = "--report", description = "Summary as JSON. Default: WORK_DIR/crash-report.json.")
    private Path report;

    @Option(names = "--scratch-every", defaultValue = "1",
            description = "Compare with a from-scratch replay after every N-th restart (and the last). Default: ${DEFAULT-VALUE}.")
    private int scratchEvery;

    @Option(names = "--sample", defaultValue = "200",
            description = "Older acknowledgements re-verified per restart, besides all new ones. Default: ${DEFAULT-VALUE}.")
    private int sample;

    @Option(names = "--server-heap", defaultValue = "512m", description = "The gateway's -Xmx. Default: ${DEFAULT-VALUE}.")
    private String serverHeap;

    @Option(names = "--server-jvm-arg", paramLabel = "OPTION",
            description = "A JVM option for every gateway, after config/jvm.options (repeatable), e.g. --server-jvm-arg=-XX:+UseSerialGC.")
    private List<String> serverJvmArgs = new ArrayList<>();

    @Option(names = "--ready-timeout", defaultValue = "60", description = "Seconds a (re)started gateway has to become ready. Default: ${DEFAULT-VALUE}.")
    private int readyTimeoutSeconds;

    @Option(names = "--ringtail-home", description = "Repository root with gateway/target/ringtail-gateway.jar and config/jvm.options. "
            + "Default: the ringtail.root system property, else the current directory.")
    private Path home;

    @Parameters(arity = "0..*", paramLabel = "SERVER_ARG", description = "Extra gateway arguments, after --.")
    private List<String> serverArgs = new ArrayList<>();

    private PrintStream out;
    private PrintStream err;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command as the launcher would, writing to the given streams; returns the exit status. */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        RingtailCrash command = new RingtailCrash();
        command.out = out;
        command.err = err;
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("ringtail-crash: " + e.getMessage() + " (see --help)");
            return BAD_ARGUMENTS;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof IllegalArgumentException) {
                err.println("ringtail-crash: " + e.getMessage() + " (see --help)");
                return BAD_ARGUMENTS;
            }
            err.println("ringtail-crash: could not run: " + e);
            return CANNOT_RUN;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        CrashSettings settings = settings();
        out.println("ringtail-crash: " + settings.iterations() + " kills, durability " + settings.durability() + ", "
            + settings.clients() + " clients at " + settings.rate() + "/s, seed " + settings.seed() + ", work dir "
            + settings.workDir());
        JsonObject summary = new CrashRun(settings, out, err).run();
        Files.createDirectories(settings.report().toAbsolutePath().getParent());
        Files.writeString(settings.report(), summary.encodePrettily());
        out.println(summaryLine(summary));
        out.println("report: " + settings.report());
        return summary.getBoolean("passed") ? PASSED : VIOLATIONS;
    }

    static String summaryLine(JsonObject s) {
        return "crash run " + (s.getBoolean("passed") ? "PASSED" : "FAILED") + ": " + s.getLong("kills") + " kills, durability "
            + s.getString("durability") + ", seed " + s.getLong("seed") + ", " + s.getLong("seconds") + " s; acknowledged "
            + s.getLong("acknowledged") + " (accepted " + s.getLong("accepted") + "), unanswered " + s.getLong("unanswered")
            + ", verified " + s.getLong("verified") + "; lost acknowledgements " + s.getLong("lostAcknowledgements")
            + ", divergent replays " + s.getLong("divergentReplays") + ", divergent views " + s.getLong("divergentViews")
            + ", double effects " + s.getLong("doubleEffects") + ", sequence gaps " + s.getLong("sequenceGaps")
            + ", sequence reuse " + s.getLong("sequenceReuse") + ", failed recoveries " + s.getLong("failedRecoveries");
    }

    private CrashSettings settings() throws IOException {
        String[] range = killAfter.split("\\.\\.", -1);
        long min;
        long max;
        try {
            min = Long.parseLong(range[0].trim());
            max = range.length == 2 ? Long.parseLong(range[1].trim()) : min;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--kill-after must be MIN..MAX milliseconds, got " + killAfter);
        }
        Path root = home != null ? home : Path.of(System.getProperty("ringtail.root", "."));
        root = root.toAbsolutePath().normalize();
        Path jar = root.resolve("gateway/target/ringtail-gateway.jar");
        Path jvmOptions = root.resolve("config/jvm.options");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(jvmOptions)) {
            throw new IllegalArgumentException(jar + " or " + jvmOptions + " is missing: build first "
                + "(mvn -B install -DskipTests) or point --ringtail-home at the repository");
        }
        Path work = workDir != null ? workDir : Files.createTempDirectory("ringtail-crash-");
        Path data = dataDir != null ? dataDir : work.resolve("data");
        return new CrashSettings(iterations, durability, clients, rate, seed, min, max, work.toAbsolutePath(),
            data.toAbsolutePath(), journalSubdir, apiKey, List.copyOf(serverArgs), List.copyOf(serverJvmArgs),
            report != null ? report : work.resolve("crash-report.json"), jar, jvmOptions, serverHeap, scratchEvery,
            sample, Duration.ofSeconds(readyTimeoutSeconds)).conclude();
    }
}
