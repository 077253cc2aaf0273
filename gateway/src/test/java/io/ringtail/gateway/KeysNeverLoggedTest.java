package io.ringtail.gateway;

import io.ringtail.gateway.auth.KeysCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two runs of the real server in their own JVMs, as an operator would have them: the first start creates
 * the keys file and prints its admin key once; {@code ringtail keys add} makes a trader key; a second run
 * serves a session with good, wrong, forbidden and unauthorized requests. Then the whole output of both
 * runs (stdout and stderr: the server logs to stderr) and every file in the data directory are searched
 * for every key used: the only hit is the first key's one announcement.
 */
class KeysNeverLoggedTest {
    private static final String WRONG_KEY = "rt_wrong-key-0000000000000000000000000000000";

    @TempDir
    Path dir;

    @Test
    void shouldShowTheFirstKeyOnceAndNoKeyAnywhereElse() throws Exception {
        Path data = dir.resolve("data");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        String adminKey;
        String firstOutput;
        try (ChildGateway first = ChildGateway.start(data)) {
            URI base = URI.create("http://127.0.0.1:" + first.port());
            adminKey = first.firstKey();
            assertNotNull(adminKey, "first start prints a key:\n" + first.output());
            assertTrue(adminKey.length() >= 40, "at least 128 random bits: " + adminKey.length() + " chars");
            assertEquals(201, send(client, base, adminKey, "POST", "/accounts", "{\"accountId\": 1, \"cash\": 100000}"));
            assertEquals(201, send(client, base, adminKey, "POST", "/accounts", "{\"accountId\": 2, \"cash\": 100000}"));
            assertEquals(401, send(client, base, WRONG_KEY, "GET", "/accounts/1", null));
            assertEquals(401, send(client, base, adminKey + "x", "GET", "/accounts/1", null));
            assertEquals(0, first.stop());
            firstOutput = first.output();
        }

        ByteArrayOutputStream added = new ByteArrayOutputStream();
        assertEquals(0, KeysCommand.run(new String[] {"add", "--principal", "alice", "--role", "trader",
            "--accounts", "1", "--data-dir", data.toString()}, new PrintStream(added, true), System.err));
        String[] addLines = added.toString(StandardCharsets.UTF_8).trim().split("\n");
        String traderKey = addLines[addLines.length - 1].trim();

        String secondOutput;
        try (ChildGateway second = ChildGateway.start(data)) {
            URI base = URI.create("http://127.0.0.1:" + second.port());
            assertEquals(null, second.firstKey(), "the key is printed on first start only");
            assertEquals(201, send(client, base, traderKey, "POST", "/orders", order(1, "a")));
            assertEquals(403, send(client, base, traderKey, "POST", "/orders", order(2, "b")));
            assertEquals(201, send(client, base, adminKey, "POST", "/orders", order(2, "c")));
            assertEquals(404, send(client, base, traderKey, "DELETE", "/orders/2", null));
            assertEquals(403, send(client, base, traderKey, "POST", "/accounts", "{\"accountId\": 9}"));
            assertEquals(401, send(client, base, WRONG_KEY, "POST", "/orders", order(1, "d")));
            assertEquals(401, send(client, base, traderKey.substring(1), "GET", "/orders/1", null));
            assertEquals(200, send(client, base, adminKey, "GET", "/metrics", null));
            assertEquals(0, second.stop());
            secondOutput = second.output();
        }

        List<String> keys = List.of(adminKey, traderKey, WRONG_KEY, adminKey + "x", traderKey.substring(1));
        String announcement = "export RINGTAIL_KEY=" + adminKey;
        assertEquals(1, count(firstOutput, adminKey), "the first key is shown exactly once:\n" + firstOutput);
        assertTrue(firstOutput.contains(announcement));
        String logs = firstOutput.replace(announcement, "") + secondOutput;
        for (String key : keys) {
            assertFalse(logs.contains(key.substring(3)), "a key in the output:\n" + logs);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(data)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("api-keys.json")));
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String key : keys) {
                assertFalse(content.contains(key.substring(3)), "a key in " + file);
            }
        }
    }

    private static int send(HttpClient client, URI base, String key, String method, String path, String body)
        throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + key)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return OpenApiContract.send(client, request.build(), body).statusCode();
    }

    private static String order(long account, String clientOrderId) {
        return "{\"accountId\": " + account + ", \"clientOrderId\": \"" + clientOrderId
            + "\", \"symbol\": \"ACME\", \"side\": \"BUY\", \"price\": 10, \"quantity\": 1}";
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
