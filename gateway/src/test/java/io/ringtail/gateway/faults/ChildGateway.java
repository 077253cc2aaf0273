package io.ringtail.gateway.faults;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server in its own JVM, as operators run it, on a free port; its output kept for failure messages. */
final class ChildGateway implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final StringBuilder output = new StringBuilder();
    private final URI base;

    private ChildGateway(List<String> arguments) throws Exception {
        Path root = Paths.get(System.getProperty("ringtail.root"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "@" + root.resolve("config/jvm.options"), "-Xmx256m", "-cp", classPath, "io.ringtail.gateway.Main",
            "--port", "0", "--event-loops", "1", "--max-accounts", "1000", "--max-open-orders", "1000",
            "--max-price-levels", "64", "--order-retention", "1000", "--view-max-orders", "20000", "--view-max-accounts", "1000"));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(port), "child-gateway-output");
        reader.setDaemon(true);
        reader.start();
        try {
            base = URI.create("http://127.0.0.1:" + port.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Starts {@code Main} with small capacities plus {@code arguments} and waits until it listens. */
    static ChildGateway start(String... arguments) throws Exception {
        return new ChildGateway(List.of(arguments));
    }

    URI base() {
        return base;
    }

    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** SIGTERM, then waits for the orderly shutdown; returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server did not stop within 60 s after SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void readOutput(CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (java.io.IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("the server exited before listening:\n" + output()));
    }
}
