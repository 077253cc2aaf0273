package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The long crash run: 100 kills per durability mode (about 15–30 min each on 2 cores). Only with -Psoak:
 * {@code mvn -B -Psoak -pl crashtest -am verify -Dtest=CrashHarnessSoakTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("soak")
class CrashHarnessSoakTest {
    @ParameterizedTest
    @ValueSource(strings = {"async", "sync"})
    void shouldLoseNothingAcrossAHundredKills(String durability) throws Exception {
        Path dir = Files.createTempDirectory("ringtail-crash-soak-" + durability + "-");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = RingtailCrash.execute(CrashHarnessTest.smallServer(dir, 100, durability, 150, 100).toArray(String[]::new),
            console, console);
        String output = out.toString(StandardCharsets.UTF_8);
        System.out.println(output);
        assertEquals(RingtailCrash.PASSED, exit, output);
        assertEquals(0, new JsonObject(Files.readString(dir.resolve("crash-report.json"))).getLong("violations"), output);
        ScratchReplay.deleteTree(dir);
    }
}
