package io.ringtail.crashtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A from-scratch replay of the recovered server's journal: a second gateway started on a copy of the journal
 * alone (no snapshot of any kind), so its state is the fold of every event from sequence 1 and its views
 * are rebuilt from zero. Copied while the recovered server runs but takes no commands, so the journal is
 * quiescent.
 */
final class ScratchReplay implements AutoCloseable {
    private final Path dir;
    private final GatewayProcess server;
    private final HttpApi api;

    private ScratchReplay(Path dir, GatewayProcess server, HttpApi api) {
        this.dir = dir;
        this.server = server;
        this.api = api;
    }

    static ScratchReplay start(CrashSettings settings, Path dataDir, int iteration) throws InterruptedException {
        Path dir = settings.workDir().resolve("scratch-" + iteration);
        copyTree(dataDir.resolve(settings.journalSubdir()), dir.resolve(settings.journalSubdir()));
        GatewayProcess server;
        try {
            server = GatewayProcess.startReady(settings, dir, settings.workDir().resolve("logs/scratch.log"));
        } catch (RuntimeException | InterruptedException e) {
            deleteTree(dir);
            throw e;
        }
        return new ScratchReplay(dir, server, new HttpApi(server.url(), GatewayProcess.apiKey(settings, server), Duration.ofSeconds(10)));
    }

    HttpApi api() {
        return api;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            server.stop();
        } finally {
            server.close();
            deleteTree(dir);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the journal " + from + " to " + to, e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
