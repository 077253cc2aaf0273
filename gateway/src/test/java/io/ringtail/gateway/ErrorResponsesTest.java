package io.ringtail.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static io.ringtail.gateway.TestGateway.JSON;
import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every class of error answers with its status and stable code, and none of them reaches the journal. */
class ErrorResponsesTest {
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
    void shouldAnswer404ForAnUnknownRoute() {
        assertError(404, "NOT_FOUND", gateway.get("/nowhere"));
    }

    @Test
    void shouldAnswer405WithAllowForAKnownPathWithAnotherMethod() {
        HttpResponse<String> response = gateway.send("PUT", "/orders/7", JSON, "{}".getBytes());
        assertError(405, "METHOD_NOT_ALLOWED", response);
        assertEquals("DELETE, GET, PATCH", response.headers().firstValue("Allow").orElse(""));
        assertError(405, "METHOD_NOT_ALLOWED", gateway.get("/accounts"));
    }

    @Test
    void shouldAnswer413ForABodyOverTheLimit() {
        String huge = "{\"accountId\": 1, \"cash\": 1" + "0".repeat(17_000) + "}";
        assertError(413, "PAYLOAD_TOO_LARGE", gateway.post("/accounts", huge));
    }

    @Test
    void shouldAnswer415ForAnotherContentType() {
        assertError(415, "UNSUPPORTED_MEDIA_TYPE", gateway.send("POST", "/accounts", "text/plain", "{\"accountId\":1}".getBytes()));
        assertError(415, "UNSUPPORTED_MEDIA_TYPE", gateway.send("POST", "/accounts", null, "{\"accountId\":1}".getBytes()));
    }

    @Test
    void shouldAnswer400ForMalformedJson() {
        assertError(400, "MALFORMED_JSON", gateway.post("/accounts", "{\"accountId\": 1"));
        assertError(400, "MALFORMED_JSON", gateway.post("/accounts", "[1, 2]"));
        assertError(400, "MALFORMED_JSON", gateway.post("/accounts", ""));
    }

    @Test
    void shouldAnswer400NamingTheFieldForWrongValues() {
        assertField(400, "MISSING_FIELD", "accountId", gateway.post("/accounts", "{\"cash\": 5}"));
        assertField(400, "UNKNOWN_FIELD", "colour", gateway.post("/accounts", "{\"accountId\": 1, \"colour\": \"red\"}"));
        assertField(400, "INVALID_FIELD", "accountId", gateway.post("/accounts", "{\"accountId\": \"1\"}"));
        assertField(400, "INVALID_FIELD", "accountId", gateway.post("/accounts", "{\"accountId\": 1.5}"));
        assertField(400, "INVALID_FIELD", "accountId", gateway.post("/accounts", "{\"accountId\": 9223372036854775808}"));
        assertField(400, "INVALID_FIELD", "cash", gateway.post("/accounts", "{\"accountId\": 1, \"cash\": -1}"));
        assertField(400, "INVALID_FIELD", "accountId", gateway.post("/accounts", "{\"accountId\": 0}"));
        assertField(400, "INVALID_FIELD", "id", gateway.post("/accounts/abc/deposits", "{\"amount\": 1}"));
        assertField(400, "INVALID_FIELD", "side", gateway.post("/orders", order("\"side\": \"LONG\"")));
        assertField(400, "INVALID_FIELD", "clientOrderId", gateway.post("/orders",
            "{\"accountId\": 1, \"clientOrderId\": \"" + "x".repeat(65) + "\", \"symbol\": \"ACME\", \"side\": \"BUY\", \"price\": 1, \"quantity\": 1}"));
        assertField(400, "INVALID_FIELD", "accountId", gateway.send("DELETE", "/orders/3?accountId=x", null, null));
        assertField(400, "MISSING_FIELD", "price", gateway.send("PATCH", "/orders/3", JSON, "{\"accountId\": 1}".getBytes()));
        assertEquals(0, gateway.headSequence(), "nothing invalid reaches the journal");
    }

    @Test
    void shouldAnswer404ForAnUnknownSymbolOnCommandsAsOnQueries() {
        assertField(404, "UNKNOWN_SYMBOL", "symbol", gateway.post("/orders", order("\"side\": \"BUY\"").replace("ACME", "NOPE")));
        assertField(404, "UNKNOWN_SYMBOL", "symbol", gateway.post("/accounts/1/deposits", "{\"symbol\": \"NOPE\", \"quantity\": 1}"));
        assertError(404, "UNKNOWN_SYMBOL", gateway.get("/books/NOPE"));
    }

    @Test
    void shouldAnswer404ForAnUnknownAccountOnCommandsAsOnQueries() {
        HttpResponse<String> response = gateway.post("/accounts/424242/deposits", "{\"amount\": 10}");
        assertError(404, "UNKNOWN_ACCOUNT", response);
        assertTrue(response.headers().firstValue("X-Version").isPresent());
        assertError(404, "UNKNOWN_ACCOUNT", gateway.get("/accounts/424242"));
    }

    @Test
    void shouldAnswer422WithTheDomainReasonForABusinessRejection() {
        try (TestGateway own = TestGateway.start(dir.resolve("rejection"))) {
            expect(201, own.post("/accounts", "{\"accountId\": 9, \"cash\": 0}"));
            HttpResponse<String> response = own.post("/accounts/9/withdrawals", "{\"amount\": 10}");
            assertError(422, "INSUFFICIENT_BUYING_POWER", response);
            assertTrue(response.headers().firstValue("X-Version").isPresent());
        }
    }

    @Test
    void shouldAnswerAZeroQuantityOrPriceAlikeOnPlaceAndAmend() {
        try (TestGateway own = TestGateway.start(dir.resolve("zero"))) {
            expect(201, own.post("/accounts", "{\"accountId\": 10, \"cash\": 100000}"));
            String place = "{\"accountId\": 10, \"clientOrderId\": \"z\", \"symbol\": \"ACME\", \"side\": \"BUY\", \"price\": 1, \"quantity\": 0}";
            assertError(422, "INVALID_QUANTITY", own.post("/orders", place));
            assertError(422, "INVALID_QUANTITY", own.send("PATCH", "/orders/3", JSON, "{\"quantity\": 0}".getBytes()));
            assertError(422, "INVALID_PRICE", own.send("PATCH", "/orders/3", JSON, "{\"price\": 0}".getBytes()));
            assertField(400, "INVALID_FIELD", "quantity", own.send("PATCH", "/orders/3", JSON, "{\"quantity\": -1}".getBytes()));
        }
    }

    @Test
    void shouldListTheInstrumentsAndReportHealth() {
        HttpResponse<String> response = gateway.get("/instruments");
        assertEquals(200, response.statusCode());
        JsonArray instruments = new JsonArray(response.body());
        assertEquals(new JsonObject().put("symbol", "BOLT").put("tickSize", 5).put("lotSize", 10), instruments.getJsonObject(1));
        assertEquals("UP", expect(200, gateway.get("/health/live")).getString("status"));
        assertEquals("READY", expect(200, gateway.get("/health/ready")).getString("status"));
    }

    private static String order(String side) {
        return "{\"accountId\": 1, \"clientOrderId\": \"c\", \"symbol\": \"ACME\", " + side + ", \"price\": 1, \"quantity\": 1}";
    }

    private static void assertError(int status, String code, HttpResponse<String> response) {
        JsonObject body = expect(status, response);
        assertEquals(code, body.getString("error"), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(JSON));
        assertTrue(body.getString("message") != null && !body.getString("message").isEmpty());
    }

    private static void assertField(int status, String code, String field, HttpResponse<String> response) {
        assertError(status, code, response);
        assertTrue(new JsonObject(response.body()).getString("message").contains("'" + field + "'"), response.body());
    }
}
