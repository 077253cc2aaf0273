package io.ringtail.gateway;

import io.ringtail.gateway.auth.KeysFile;
import io.ringtail.gateway.auth.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's way to change keys on a running server: edit the keys file (or {@code ringtail keys add}),
 * then SIGHUP. A real server process gets the signal: a new key works after it, a removed key stops working,
 * and a broken file leaves the keys in force as they were.
 */
class KeyReloadTest {
    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldTakeKeysAddedOrRemovedOnSighupAndKeepTheOldOnesWhenTheFileIsBroken() throws Exception {
        Path data = dir.resolve("data");
        try (ChildGateway server = ChildGateway.start(data)) {
            URI base = server.base();
            String admin = server.firstKey();
            Path keysFile = data.resolve("api-keys.json");
            String adminOnly = Files.readString(keysFile);

            String trader = KeysFile.add(keysFile, "alice", Role.TRADER, new long[] {1});
            assertEquals(401, get(base, trader), "not in force before the signal");

            hangUp(server, 1, "keys reloaded, 2 in force");
            assertEquals(200, get(base, trader));
            assertEquals(200, get(base, admin));

            Files.writeString(keysFile, "{ not json");
            hangUp(server, 1, "keys not reloaded");
            assertEquals(200, get(base, trader), "a broken file changes nothing");
            assertEquals(200, get(base, admin));

            Files.writeString(keysFile, adminOnly);
            hangUp(server, 1, "keys reloaded, 1 in force");
            assertEquals(401, get(base, trader), "removed from the file, refused after the signal");
            assertEquals(200, get(base, admin));

            assertTrue(server.process.isAlive(), "SIGHUP must not stop the server");
            assertEquals(0, server.stop());
            assertFalse(server.output().contains(trader), "the reloaded key is never logged");
        }
    }

    private int get(URI base, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/instruments"))
            .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(10)).GET().build();
        return OpenApiContract.send(client, request, null).statusCode();
    }

    /** Sends SIGHUP and waits for the {@code occurrence}-th log line holding {@code expected}. */
    private static void hangUp(ChildGateway server, int occurrence, String expected) throws Exception {
        // The shell's own kill: no dependency on a kill binary being installed.
        Process kill = new ProcessBuilder("sh", "-c", "kill -HUP " + server.process.pid()).inheritIO().start();
        assertEquals(0, kill.waitFor());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (count(server.output(), expected) < occurrence) {
            assertTrue(System.nanoTime() < deadline, "no '" + expected + "' after SIGHUP:\n" + server.output());
            assertTrue(server.process.isAlive(), "the server died on SIGHUP:\n" + server.output());
            Thread.sleep(20);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
