package io.ringtail.gateway;

import io.ringtail.engine.WriterCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import static io.ringtail.gateway.TestGateway.JSON;
import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded garbage at every command route: each request is refused with a 4xx (never a 500), the server
 * stays up, and not one of them reaches the ring, which the writer's outcome counters prove.
 */
class MalformedInputFuzzTest {
    private static final long SEED = 20_261_123L;
    private static final int REQUESTS = 1_200;
    private static final String[] VALID = {
        "{\"accountId\": 7, \"cash\": 100}",
        "{\"accountId\": 7, \"clientOrderId\": \"c-1\", \"symbol\": \"ACME\", \"side\": \"BUY\", \"price\": 10, \"quantity\": 5, \"timeInForce\": \"IOC\"}",
        "{\"amount\": 25}",
        "{\"symbol\": \"CRUX\", \"quantity\": 100}",
        "{\"accountId\": 7, \"price\": 12}",
    };
    private static final String[][] ROUTES = {
        {"POST", "/accounts"}, {"POST", "/orders"}, {"POST", "/accounts/7/deposits"},
        {"POST", "/accounts/7/withdrawals"}, {"PATCH", "/orders/1"},
    };
    private static final String[] BAD_VALUES = {
        "\"12\"", "1.5", "-1", "1e3", "99999999999999999999", "-9223372036854775809", "null", "true", "[]", "{}",
        "\"\"", "1" + "0".repeat(400), "\"\\u0000\"",
    };

    @TempDir
    Path dir;

    @Test
    void shouldRefuseEveryMalformedRequestWithoutTouchingTheRing() {
        Random random = new Random(SEED);
        try (TestGateway gateway = TestGateway.start(dir)) {
            for (int i = 0; i < REQUESTS; i++) {
                int route = random.nextInt(ROUTES.length);
                Malformed request = malformed(random, route);
                HttpResponse<String> response = gateway.send(ROUTES[route][0], request.path(), request.contentType(),
                    request.body());
                int status = response.statusCode();
                assertTrue(status >= 400 && status < 500, "request " + i + " (" + ROUTES[route][0] + " " + request.path()
                    + " " + new String(request.body(), StandardCharsets.ISO_8859_1) + ") got " + status + ": " + response.body());
                assertTrue(response.body().contains("\"error\""), response.body());
            }
            assertEquals(200, gateway.get("/health/live").statusCode());
            assertEquals(0, commandsProcessed(gateway.server.engine().counters()), "no malformed request reached the ring");

            long version = expect(201, gateway.post("/accounts", "{\"accountId\": 7, \"cash\": 100}")).getLong("version");
            assertEquals(1, commandsProcessed(gateway.server.engine().counters()));
            assertEquals(version, gateway.headSequence());
            assertEquals(1, gateway.headSequence(), "one account opened: one event in the journal");
        }
    }

    private static Malformed malformed(Random random, int route) {
        String path = ROUTES[route][1];
        String valid = VALID[route];
        return switch (random.nextInt(8)) {
            case 0 -> {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                yield new Malformed(path, JSON, bytes);
            }
            case 1 -> new Malformed(path, JSON, utf8(valid.substring(0, random.nextInt(valid.length() - 1))));
            case 2 -> new Malformed(path, JSON, utf8(valid.replaceFirst(": [^,}]+", ": " + BAD_VALUES[random.nextInt(BAD_VALUES.length)])));
            case 3 -> new Malformed(path, random.nextBoolean() ? "text/plain" : "application/x-www-form-urlencoded", utf8(valid));
            case 4 -> {
                int depth = 1 + random.nextInt(5_000);
                yield new Malformed(path, JSON, utf8("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
            }
            case 5 -> extraField(random, path, valid);
            case 6 -> path.matches(".*/[0-9]+.*")
                ? new Malformed(path.replaceFirst("/[0-9]+", "/" + randomId(random)), JSON, utf8(valid))
                : extraField(random, path, valid);
            default -> {
                char[] chars = valid.toCharArray();
                chars[random.nextInt(chars.length)] = "{}[]\":,\\ x".charAt(random.nextInt(10));
                String mutated = new String(chars);
                // A mutation can leave the body valid (a space for a space); make sure it is not.
                yield new Malformed(path, JSON, utf8(mutated.equals(valid) ? mutated + "}" : mutated + ","));
            }
        };
    }

    private static Malformed extraField(Random random, String path, String valid) {
        return new Malformed(path, JSON, utf8(valid.replace("}", ", \"extra" + random.nextInt(9) + "\": 1}")));
    }

    private static String randomId(Random random) {
        String[] ids = {"0", "-5", "abc", "1.5", "99999999999999999999", "%20", "1e2"};
        return ids[random.nextInt(ids.length)];
    }

    private static long commandsProcessed(WriterCounters counters) {
        long total = 0;
        for (int type = 0; type < WriterCounters.MAX_COMMAND_TYPES; type++) {
            for (int reason = 0; reason < WriterCounters.MAX_REASONS; reason++) {
                total += counters.outcomes(type, reason);
            }
        }
        return total;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Malformed(String path, String contentType, byte[] body) {
    }
}
