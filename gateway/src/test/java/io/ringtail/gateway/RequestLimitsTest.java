package io.ringtail.gateway;

import io.ringtail.gateway.config.AccessSettings;
import io.ringtail.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

import static io.ringtail.gateway.TestGateway.JSON;
import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Oversize heads, bodies, nesting and strings, and a key's burst beyond its rate: each refused, nothing journaled. */
class RequestLimitsTest {
    @TempDir
    Path dir;

    @Test
    void shouldRefuseOversizeHeadersBodiesDeepJsonAndLongStrings() throws Exception {
        GatewayConfig config = TestGateway.config(dir).set(AccessSettings.MAX_JSON_DEPTH, "4", "test")
            .set(AccessSettings.MAX_JSON_STRING, "100", "test").build();
        try (TestGateway gateway = TestGateway.start(config, Function.identity())) {
            long head = gateway.headSequence();
            String status = rawRequest(gateway.server.port(), "GET /instruments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + TestKeys.ADMIN + "\r\nX-Padding: " + "p".repeat(9000) + "\r\n\r\n");
            assertTrue(status.startsWith("HTTP/1.1 431"), "a head beyond 8 KiB: " + status);
            assertTrue(status.contains("\"error\":\"HEADERS_TOO_LARGE\""), status);

            String big = "{\"accountId\": 1, \"cash\": 1" + "0".repeat(17_000) + "}";
            assertError(413, "PAYLOAD_TOO_LARGE", gateway.post("/accounts", big));

            String deep = "{\"accountId\": 1, \"cash\": " + "[".repeat(5) + "1" + "]".repeat(5) + "}";
            assertError(400, "JSON_TOO_DEEP", gateway.post("/accounts", deep));
            String veryDeep = "[".repeat(5_000) + "]".repeat(5_000);
            assertError(400, "JSON_TOO_DEEP", gateway.post("/orders", veryDeep));
            String nested = "{\"accountId\": 1, \"cash\": {\"a\": {\"b\": {\"c\": 1}}}}";
            assertError(400, "INVALID_FIELD", gateway.post("/accounts", nested));

            String longString = "{\"accountId\": 1, \"clientOrderId\": \"" + "é".repeat(101) + "\"}";
            assertError(400, "STRING_TOO_LONG", gateway.post("/orders", longString));
            String escapes = "{\"accountId\": 1, \"clientOrderId\": \"" + "\\\"".repeat(100) + "\"}";
            assertError(400, "INVALID_FIELD",
                gateway.post("/orders", escapes.replace("}", ", \"symbol\": \"ACME\", \"side\": \"BUY\", \"price\": 1, \"quantity\": 1}")));
            assertEquals(head, gateway.headSequence(), "nothing over a limit reaches the journal");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterToABurstBeyondTheKeysRate() {
        GatewayConfig config = TestGateway.config(dir).set(AccessSettings.RATE_LIMIT, "1", "test")
            .set(AccessSettings.RATE_BURST, "5", "test").build();
        try (TestGateway gateway = TestGateway.start(config, Function.identity())) {
            int ok = 0;
            HttpResponse<String> limited = null;
            for (int i = 0; i < 20 && limited == null; i++) {
                HttpResponse<String> response = gateway.send(TestKeys.READER, "GET", "/instruments", null, null);
                if (response.statusCode() == 200) {
                    ok++;
                } else {
                    limited = response;
                }
            }
            assertTrue(limited != null, "20 requests at once exceed a burst of 5 at 1/s");
            assertTrue(ok >= 5, "the burst goes through first: " + ok);
            assertError(429, "RATE_LIMITED", limited);
            long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
            assertEquals(200, gateway.send(TestKeys.TRADER, "GET", "/instruments", null, null).statusCode(),
                "another key has its own bucket");
            assertEquals(200, gateway.send(null, "GET", "/health/live", null, null).statusCode());
        }
    }

    @Test
    void shouldServeEveryoneAsAdminInDevMode() {
        GatewayConfig config = TestGateway.config(dir).set(AccessSettings.DEV, "true", "test").build();
        try (TestGateway gateway = TestGateway.start(config, Function.identity())) {
            long version = expect(201, gateway.send(null, "POST", "/accounts", JSON, "{\"accountId\": 7}".getBytes()))
                .getLong("version");
            expect(200, gateway.send(null, "GET", "/accounts/7?minVersion=" + version, null, null));
        }
    }

    /** The JDK client refuses to send a head this large, so it goes over a plain socket; the whole answer. */
    private static String rawRequest(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            // The server closes the connection after its answer, so everything it sent is read.
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static void assertError(int status, String code, HttpResponse<String> response) {
        assertEquals(code, expect(status, response).getString("error"), response.body());
    }
}
