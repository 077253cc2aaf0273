package io.ringtail.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The command line: parses and validates options, runs the load, writes the reports, sets the exit status. */
@Command(name = "ringtail-load", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 110,
        description = "Drives a Ringtail gateway over HTTP with a seeded mix of orders and reports latency percentiles.",
        footer = {"", "Exit status: 0 passed, 1 could not run (gateway unreachable, setup refused),",
                "2 bad arguments, 3 a threshold was breached."})
public final class RingtailLoad implements Callable<Integer> {
    static final int PASSED = 0;
    static final int CANNOT_RUN = 1;
    static final int BAD_ARGUMENTS = 2;
    static final int THRESHOLD_BREACHED = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", required = true, description = "Gateway base URL, e.g. http://127.0.0.1:8080.")
    private URI url;

    @Option(names = "--duration", defaultValue = "30s", converter = DurationParser.class,
            description = "Measured time after warm-up (500ms, 30s, 2m). Default: ${DEFAULT-VALUE}.")
    private Duration duration;

    @Option(names = "--warmup", defaultValue = "5s", converter = DurationParser.class,
            description = "Load sent before the measured window, excluded from the report. Default: ${DEFAULT-VALUE}.")
    private Duration warmup;

    @Option(names = "--connections", defaultValue = "8",
            description = "HTTP connections, each one simulated trader with one request in flight. Default: ${DEFAULT-VALUE}.")
    private int connections;

    @Option(names = "--mode", defaultValue = "fixed-rate", converter = ModeConverter.class,
            description = "fixed-rate: open loop at --rate, latency from each request's intended send time "
                    + "(queueing is never hidden). max: closed loop, each connection sends when its previous reply "
                    + "arrives, latency from send time. Default: ${DEFAULT-VALUE}.")
    private LoadMode mode;

    @Option(names = "--rate", defaultValue = "1000",
            description = "Planned requests per second over all connections (fixed-rate only). Default: ${DEFAULT-VALUE}.")
    private double rate;

    @Option(names = "--accounts", defaultValue = "100", description = "Accounts created and funded in setup. Default: ${DEFAULT-VALUE}.")
    private int accounts;

    @Option(names = "--symbols", split = ",", description = "Symbols to trade, comma separated. Default: all from GET /instruments.")
    private List<String> symbols = List.of();

    @Option(names = "--mix", defaultValue = "place=60,cancel=20,amend=10,query=10,fok=1,post_only=1,market=1,mass_cancel=1",
            description = "Operation weights. Default: ${DEFAULT-VALUE}.")
    private String mix;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the order flow; same seed, same flow. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--run-id", description = "Account ids are run-id * 1000000 + i. Default: derived from the clock, "
            + "so reruns against the same gateway never collide; fix it to reuse accounts.")
    private Long runId;

    @Option(names = "--cash", defaultValue = "1000000000000", description = "Cash deposited per account (minor units). Default: ${DEFAULT-VALUE}.")
    private long cash;

    @Option(names = "--position-lots", defaultValue = "1000000",
            description = "Position deposited per account and symbol, in lots. Default: ${DEFAULT-VALUE}.")
    private long positionLots;

    @Option(names = "--verify-ryw", description = "After each acknowledged order command, read the order at the reply's "
            + "version and check it reflects the write; the read's latency goes to the ryw_read histogram.")
    private boolean verifyRyw;

    @Option(names = "--max-error-rate", defaultValue = "0.01", description = "Fail (exit 3) above this share of errors "
            + "(transport failures, timeouts, 5xx, 4xx other than 422). Default: ${DEFAULT-VALUE}.")
    private double maxErrorRate;

    @Option(names = "--max-ryw-violations", defaultValue = "0",
            description = "Fail (exit 3) above this many read-your-writes violations. Default: ${DEFAULT-VALUE}.")
    private long maxRywViolations;

    @Option(names = "--max-latency", split = ",", paramLabel = "[OP:]PCT=DURATION", converter = LatencyLimit.Converter.class,
            description = "Fail (exit 3) when a latency percentile is above a limit, e.g. p99=5ms (every operation), "
                    + "place:p99.9=20ms, ryw_read:max=50ms, get:p50=500us. Repeat or separate with commas. "
                    + "Percentiles are of the measured window, from intended send times in fixed-rate mode, so a "
                    + "gateway that falls behind the planned rate breaches them. Default: no latency gate.")
    private List<LatencyLimit> latencyLimits = List.of();

    @Option(names = "--report-dir", defaultValue = "./loadtest-report",
            description = "Where report.json, report.html and the .hgrm files go. Default: ${DEFAULT-VALUE}.")
    private Path reportDir;

    @Option(names = "--api-key", defaultValue = "${env:RINGTAIL_KEY}",
            description = "Sent as 'Authorization: Bearer <key>'. Default: the RINGTAIL_KEY environment variable.")
    private String apiKey;

    @Option(names = "--timeout", defaultValue = "10s", converter = DurationParser.class,
            description = "Per-request timeout; a timed-out request counts as an error. Default: ${DEFAULT-VALUE}.")
    private Duration timeout;

    @Option(names = "--endpoint", description = "Fixed-endpoint mode: every request is GET <path> (e.g. /instruments, "
            + "/orders/1), with no account setup, no mix and no read-your-writes check; reported as operation 'get'. "
            + "For like-for-like comparisons with wrk.")
    private String endpoint;

    @Option(names = "--client-threads", description = "Event-loop threads of the load tester itself. "
            + "Default: 0, one per core.", defaultValue = "0")
    private int clientThreads;

    private PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command as the launcher would, writing to the given streams; returns the exit status. */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        RingtailLoad command = new RingtailLoad();
        command.out = out;
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("ringtail-load: " + e.getMessage() + " (see --help)");
            return BAD_ARGUMENTS;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.println("ringtail-load: " + e.getMessage());
            return CANNOT_RUN;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        LoadSettings settings = settings();
        Files.createDirectories(settings.reportDir());
        RunSummary summary;
        try {
            summary = new LoadRun(settings, out).execute();
        } catch (LoadRun.SetupException e) {
            spec.commandLine().getErr().println("ringtail-load: " + e.getMessage());
            return CANNOT_RUN;
        }
        List<String> breaches = new Thresholds(settings.maxErrorRate(), settings.maxRywViolations(), settings.latencyLimits())
                .breaches(summary);
        ConsoleReport.print(summary, out);
        JsonReport.write(summary, breaches, settings.reportDir());
        PercentileFiles.write(summary, settings.reportDir());
        HtmlReport.write(summary, breaches, settings.reportDir());
        out.println("report: " + settings.reportDir().toAbsolutePath().normalize().resolve("report.html"));
        breaches.forEach(b -> out.println("FAILED: " + b));
        return breaches.isEmpty() ? PASSED : THRESHOLD_BREACHED;
    }

    private LoadSettings settings() {
        if (!"http".equals(url.getScheme()) || url.getHost() == null) {
            throw bad("--url must look like http://host:port, got " + url);
        }
        if (duration.isZero()) {
            throw bad("--duration must be positive");
        }
        if (connections < 1 || accounts < 1) {
            throw bad("--connections and --accounts must be at least 1");
        }
        if (mode == LoadMode.FIXED_RATE && !(rate > 0)) {
            throw bad("--rate must be positive in fixed-rate mode");
        }
        if (maxErrorRate < 0 || maxErrorRate > 1 || maxRywViolations < 0) {
            throw bad("--max-error-rate must be within 0..1 and --max-ryw-violations not negative");
        }
        if (timeout.isZero() || cash < 0 || positionLots < 0) {
            throw bad("--timeout must be positive, --cash and --position-lots not negative");
        }
        OperationMix operationMix;
        try {
            operationMix = OperationMix.parse(mix);
        } catch (IllegalArgumentException e) {
            throw bad("--mix: " + e.getMessage());
        }
        if (clientThreads < 0) {
            throw bad("--client-threads must not be negative");
        }
        if (endpoint != null && (!endpoint.startsWith("/") || verifyRyw)) {
            throw bad("--endpoint takes a path starting with / and cannot be combined with --verify-ryw");
        }
        long id = runId != null ? runId : System.currentTimeMillis() / 1000 % 1_000_000_000L;
        return new LoadSettings(url, warmup, duration, connections, mode, rate, accounts, symbols, operationMix, seed,
                id, verifyRyw, maxErrorRate, maxRywViolations, reportDir, apiKey, timeout, cash, positionLots, endpoint,
                clientThreads > 0 ? clientThreads : Runtime.getRuntime().availableProcessors(), List.copyOf(latencyLimits));
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Picocli converter for --mode. */
    static final class ModeConverter implements CommandLine.ITypeConverter<LoadMode> {
        @Override
        public LoadMode convert(String value) {
            try {
                return LoadMode.ofLabel(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
