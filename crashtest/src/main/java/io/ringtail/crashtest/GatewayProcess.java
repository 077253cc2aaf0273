package io.ringtail.crashtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One gateway as a child JVM: {@code java @config/jvm.options -Xmx… -jar ringtail-gateway.jar --port …
 * --data-dir … --durability … <server args>}, its output appended to a log file. {@link #kill()} is SIGKILL
 * (no shutdown hook, no flush: the crash under test); {@link #stop()} is SIGTERM, the clean shutdown.
 */
final class GatewayProcess implements AutoCloseable {
    /** Children still running: a harness stopped by Ctrl-C or SIGTERM must not leave gateways behind. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
            "crash-gateway-reaper"));
    }

    private final Process process;
    private final String url;
    private final Path log;

    private GatewayProcess(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /**
     * Starts a gateway and waits until it is ready. A gateway that exits during start-up is started again,
     * twice at most, on another port: the free port picked for it may have been taken by another process in
     * between (a real recovery failure fails all three times and is reported).
     */
    static GatewayProcess startReady(CrashSettings settings, Path dataDir, Path log) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            GatewayProcess server = start(settings, dataDir, log);
            try {
                server.awaitReady(new HttpApi(server.url(), settings.apiKey(), Duration.ofSeconds(10)),
                    settings.readyTimeout());
                return server;
            } catch (ExitedEarly e) {
                server.close();
                if (attempt == 3) {
                    throw e;
                }
            } catch (RuntimeException | InterruptedException e) {
                server.close();
                throw e;
            }
        }
    }

    private static GatewayProcess start(CrashSettings settings, Path dataDir, Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "@" + settings.jvmOptions(),
            "-Xmx" + settings.serverHeap()));
        command.addAll(settings.serverJvmArgs());
        command.addAll(List.of("-jar", settings.gatewayJar().toString(),
            "--port", Integer.toString(port), "--data-dir", dataDir.toString(), "--durability", settings.durability()));
        command.addAll(settings.serverArgs());
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            RUNNING.add(process);
            process.onExit().thenAccept(RUNNING::remove);
            return new GatewayProcess(process, "http://127.0.0.1:" + port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the gateway: " + String.join(" ", command), e);
        }
    }

    String url() {
        return url;
    }

    /** Polls {@code /health/ready} until 200. @throws IllegalStateException if the process dies or time runs out */
    private void awaitReady(HttpApi api, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new ExitedEarly("the gateway exited with " + process.exitValue()
                    + " before it was ready; its log: " + log + "\n" + logTail());
            }
            try {
                if (api.get("/health/ready").status() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the gateway was not ready within " + timeout.toSeconds() + " s; its log: "
            + log + "\n" + logTail());
    }

    /** SIGKILL, then waits until the process is gone (its journal lock and port with it). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the gateway survived SIGKILL for 30 s");
        }
    }

    /** SIGTERM: the server drains its ring and closes its journal. @return its exit code */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the gateway did not stop within 30 s of SIGTERM; killed it");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The process died before it was ready. */
    static final class ExitedEarly extends IllegalStateException {
        ExitedEarly(String message) {
            super(message);
        }
    }

    /**
     * The key to send: {@code --api-key} when given, else the admin key this gateway's data directory got on
     * its first start, which the gateway printed once into the log (the last one printed: a scratch replay
     * starts on a fresh directory, hence with a new key, and appends to the same log).
     */
    static String apiKey(CrashSettings settings, GatewayProcess server) {
        if (settings.apiKey() != null && !settings.apiKey().isEmpty()) {
            return settings.apiKey();
        }
        String key = null;
        try {
            for (String line : Files.readAllLines(server.log)) {
                if (line.startsWith(PRINTED_KEY)) {
                    key = line.substring(PRINTED_KEY.length()).trim();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gateway log " + server.log, e);
        }
        return key;
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static final String PRINTED_KEY = "export RINGTAIL_KEY=";

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
