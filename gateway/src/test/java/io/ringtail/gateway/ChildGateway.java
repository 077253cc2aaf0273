package io.ringtail.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/ringtail}'s main class in a JVM of its own with small capacities, its output (stdout and
 * stderr together) collected: the port it listens on and the admin key it prints on first start are read
 * from there, as an operator would read them.
 */
public final class ChildGateway implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on https?://127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern FIRST_KEY = Pattern.compile("^export RINGTAIL_KEY=(\\S+)$");

    final Process process;
    private final StringBuilder output = new StringBuilder();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private volatile String firstKey;

    private ChildGateway(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildGateway start(Path dataDirectory, String... extraArgs) throws IOException {
        Path root = Paths.get(System.getProperty("ringtail.root"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "@" + root.resolve("config/jvm.options"), "-Xmx256m", "-cp", classPath, "io.ringtail.gateway.Main",
            "--port", "0", "--data-dir", dataDirectory.toString(), "--event-loops", "1",
            "--max-accounts", "1000", "--max-open-orders", "1000", "--max-price-levels", "64", "--order-retention", "1000"));
        List<String> extra = List.of(extraArgs);
        if (extra.contains("--event-loops")) {
            int at = command.indexOf("--event-loops");
            command.remove(at + 1);
            command.remove(at);
        }
        command.addAll(extra);
        return new ChildGateway(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    public int port() throws Exception {
        return port.get(60, TimeUnit.SECONDS);
    }

    /** {@code http://127.0.0.1:PORT/}, once the server listens. */
    public java.net.URI base() throws Exception {
        return java.net.URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** The admin key printed on first start (null when none was); printed before the port, so known once {@link #port()} returned. */
    public String firstKey() {
        return firstKey;
    }

    public String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** SIGTERM, then waits for the exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not stop after SIGTERM; output:\n" + output());
        }
        return process.exitValue();
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                Matcher key = FIRST_KEY.matcher(line);
                if (key.find()) {
                    firstKey = key.group(1);
                }
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    port.complete(Integer.parseInt(listening.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("the server exited before listening:\n" + output()));
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
