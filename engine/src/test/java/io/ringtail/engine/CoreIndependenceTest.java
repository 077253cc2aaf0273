package io.ringtail.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generic core is an engine, not a trading system: nothing under io.ringtail.engine names the trading domain. */
class CoreIndependenceTest {
    @Test
    void shouldNotReferToTheTradingDomainFromTheCore() throws IOException {
        Path core = Paths.get("src/main/java/io/ringtail/engine");
        assertTrue(Files.isDirectory(core), "run from the engine module: " + core.toAbsolutePath());
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(core)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                .filter(CoreIndependenceTest::mentionsTrading)
                .collect(Collectors.toList());
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean mentionsTrading(Path file) {
        try {
            return Files.readString(file).contains("io.ringtail.trading");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
