package io.ringtail.gateway;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reproductions of issue #23, each as a hostile client sends it over a raw socket: whatever is broken
 * below the JSON layer (an escape in the URI, a form body, the chunk framing, the HTTP version) gets a JSON
 * error with a stable 4xx code, at once, never a 500.
 */
class HostileInputTest {
    static final int DEADLINE_MILLIS = 5_000;

    @TempDir
    static Path dir;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(dir);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void shouldAnswerABadPercentEscapeInAPathSegmentWith400() {
        for (String path : new String[] {"/accounts/%zz", "/orders/%u0031", "/orders/%", "/books/%E", "/accounts/1%/orders"}) {
            assertJsonError(400, "MALFORMED_URI", send("GET " + path + " HTTP/1.1\r\n" + head() + "\r\n"), path);
        }
        assertJsonError(400, "MALFORMED_URI", send("DELETE /orders/%zz HTTP/1.1\r\n" + head() + "\r\n"), "DELETE");
    }

    @Test
    void shouldAnswerABadEscapeInTheQueryStringWith400() {
        assertJsonError(400, "MALFORMED_URI", send("GET /orders/1?x=%zz HTTP/1.1\r\n" + head() + "\r\n"), "query");
        assertJsonError(400, "MALFORMED_URI", send("GET /accounts/1/orders?limit=%" + " HTTP/1.1\r\n" + head() + "\r\n"), "query");
    }

    @Test
    void shouldAnswerAFormBodyWithABadQueryEscapeAtOnce() {
        RawHttp.Answer answer = send("POST /orders?x=%zz HTTP/1.1\r\n" + head()
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=b");
        assertJsonError(400, "MALFORMED_URI", answer, "form body and bad query escape");
    }

    @Test
    void shouldRefuseAFormBodyOnAnyMethodWithoutA500() {
        for (String method : new String[] {"GET /instruments", "post /orders", "PROPFIND /instruments", "POST /orders",
            "PATCH /orders/1", "DELETE /orders/1"}) {
            for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
                RawHttp.Answer answer = send(method + " HTTP/1.1\r\n" + head() + "Content-Type: " + type
                    + "\r\nContent-Length: 3\r\n\r\na=b");
                assertTrue(answer.status() >= 400 && answer.status() < 500, method + " " + type + ": " + answer);
                assertTrue(answer.isJson(), method + " " + type + ": " + answer);
            }
        }
    }

    @Test
    void shouldAnswerAMalformedChunkSizeWith400() {
        for (String size : new String[] {"zz", "-1", "0x5", "ffffffffffffffff", ""}) {
            RawHttp.Answer answer = send("POST /orders HTTP/1.1\r\n" + head()
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + size + "\r\n{}\r\n0\r\n\r\n");
            assertJsonError(400, "MALFORMED_REQUEST", answer, "chunk size '" + size + "'");
        }
    }

    @Test
    void shouldRefuseATransferEncodingOtherThanChunkedAloneAtOnce() {
        // Found by the long fuzz run: Netty read "chunked, gzip" as chunked and waited for chunks until the idle timeout.
        for (String codings : new String[] {"chunked, gzip", "gzip", "identity", "chunked\r\nTransfer-Encoding: chunked",
            "chunked, gzip\r\nTransfer-Encoding: gzip"}) {
            RawHttp.Answer answer = send("GET /instruments HTTP/1.1\r\n" + head() + "Transfer-Encoding: " + codings + "\r\n\r\n");
            assertJsonError(400, "MALFORMED_REQUEST", answer, "Transfer-Encoding: " + codings);
        }
    }

    @Test
    void shouldAnswerAnUnknownHttpVersionWithAJsonError() {
        for (String request : new String[] {"GET /instruments HTTP/9.9\r\n" + head() + "\r\n",
            "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "GET /instruments HTTP/1.2\r\n" + head() + "\r\n",
            "GET /instruments FOO/1.1\r\n" + head() + "\r\n"}) {
            RawHttp.Answer answer = send(request);
            assertJsonError(400, "UNSUPPORTED_HTTP_VERSION", answer, request);
            assertTrue(answer.statusLine().startsWith("HTTP/1.1 400"), "the server's own version: " + answer.statusLine());
        }
    }

    @Test
    void shouldRefuseDuplicateJsonKeysWithTheirOwnCode() {
        String order = "{\"accountId\": 2, \"accountId\": 1, \"clientOrderId\": \"d-1\", \"symbol\": \"ACME\", \"side\": \"BUY\","
            + " \"price\": 100, \"quantity\": 10}";
        JsonObject body = TestGateway.expect(400, gateway.post("/orders", order));
        assertEquals("DUPLICATE_KEY", body.getString("error"), body.encode());
        // The same key spelled with an escape is the same key once decoded.
        body = TestGateway.expect(400, gateway.post("/accounts", "{\"accountId\": 5, \"\\u0061ccountId\": 6}"));
        assertEquals("DUPLICATE_KEY", body.getString("error"), body.encode());
        assertEquals(0, gateway.headSequence(), "nothing reached the journal");
    }

    @Test
    void shouldCountEveryErrorAnswerByCode() {
        for (int i = 0; i < 3; i++) {
            send("GET /orders/%zz HTTP/1.1\r\n" + head() + "\r\n");
        }
        String series = "ringtail_http_errors_total{code=\"MALFORMED_URI\",status=\"400\"} ";
        String scrape = gateway.get("/metrics").body();
        int at = scrape.indexOf(series);
        assertTrue(at >= 0, "no " + series + "in the scrape");
        int end = scrape.indexOf('\n', at);
        double count = Double.parseDouble(scrape.substring(at + series.length(), end).trim());
        assertTrue(count >= 3, series + count);
    }

    static String head() {
        return "Host: 127.0.0.1\r\nAuthorization: Bearer " + TestKeys.ADMIN + "\r\n";
    }

    private static RawHttp.Answer send(String request) {
        return RawHttp.exchange(gateway.server.port(), request, DEADLINE_MILLIS);
    }

    static void assertJsonError(int status, String code, RawHttp.Answer answer, String what) {
        assertFalse(answer.timedOut(), what + ": no answer within " + DEADLINE_MILLIS + " ms");
        assertEquals(status, answer.status(), what + ": " + answer);
        assertTrue(answer.isJson(), what + ": not a JSON body: " + answer);
        assertEquals(code, new JsonObject(answer.body()).getString("error"), what + ": " + answer);
    }
}
