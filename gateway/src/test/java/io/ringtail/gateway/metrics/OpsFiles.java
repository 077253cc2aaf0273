package io.ringtail.gateway.metrics;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's {@code ops/} folder, found from wherever Maven runs the tests (module or root). */
final class OpsFiles {
    private OpsFiles() {
    }

    static Path dir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path ops = dir.resolve("ops");
            if (Files.isRegularFile(ops.resolve("prometheus.yml"))) {
                return ops;
            }
        }
        throw new AssertionError("no ops/prometheus.yml above " + Path.of("").toAbsolutePath());
    }
}
