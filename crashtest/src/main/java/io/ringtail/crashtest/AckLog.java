package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Every reply as it arrives (command, request, HTTP status, body with outcome, orderId and version), and
 * every request left unanswered by a kill, one JSON object per line, flushed line by line: the evidence a
 * failed run leaves behind. Thread-safe.
 */
final class AckLog implements AutoCloseable {
    private final BufferedWriter out;

    AckLog(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the acknowledgement log " + file, e);
        }
    }

    void answered(int iteration, String command, JsonObject request, HttpApi.Reply reply) {
        write(new JsonObject().put("iteration", iteration).put("command", command).put("request", request)
            .put("status", reply.status()).put("reply", reply.body()));
    }

    void unanswered(int iteration, String command, JsonObject request, String error) {
        write(new JsonObject().put("iteration", iteration).put("command", command).put("request", request)
            .put("status", "UNANSWERED").put("error", error));
    }

    private synchronized void write(JsonObject line) {
        try {
            out.write(line.encode());
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the acknowledgement log", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
