package io.ringtail.gateway;

import io.ringtail.engine.domain.Reasons;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.trading.TradingReasons;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document itself: served as kept in the repository, without a key; its error codes are the
 * gateway's catalogue; and the contract the HTTP tests are held to fails when the document is wrong.
 */
class OpenApiDocumentTest {
    /**
     * Codes the query routes and the read-your-writes wait send as raw strings, outside {@link ErrorCode}
     * (issue 21 point 4 folds them into the catalogue; then this set shrinks to nothing).
     */
    private static final Set<String> RAW_QUERY_CODES = Set.of("UNKNOWN_ACCOUNT", "UNKNOWN_ORDER", "UNKNOWN_SYMBOL",
        "VERSION_TIMEOUT");

    @TempDir
    static Path dir;
    private static TestGateway gateway;
    private static final Path REPOSITORY_COPY = Path.of(System.getProperty("ringtail.root"),
        "gateway/src/main/resources/openapi.json");

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(dir);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void shouldServeTheRepositoryDocumentWithoutAKey() throws Exception {
        HttpResponse<String> response = gateway.send(null, "GET", "/openapi.json", null, null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(Files.readString(REPOSITORY_COPY), response.body());
        assertEquals("3.1.0", new JsonObject(response.body()).getString("openapi"));
    }

    /**
     * Every code an error body can carry, and no other: the gateway's own codes, the shared and trading
     * reasons a rejected command carries, and the raw strings of the query routes. A code added, renamed or
     * removed on either side fails here, naming the difference.
     */
    @Test
    void shouldListExactlyTheCodesTheGatewayAnswers() throws Exception {
        Set<String> catalogue = new TreeSet<>(RAW_QUERY_CODES);
        for (ErrorCode code : ErrorCode.values()) {
            catalogue.add(code.name());
        }
        for (int reason = Reasons.ACCEPTED + 1; reason < Reasons.FIRST_DOMAIN_REASON; reason++) {
            String shared = Reasons.sharedName(reason);
            if (shared != null) {
                catalogue.add(shared);
            }
        }
        for (int reason = Reasons.FIRST_DOMAIN_REASON; reason <= TradingReasons.LAST; reason++) {
            catalogue.add(TradingReasons.name(reason));
        }
        JsonArray documented = new JsonObject(Files.readString(REPOSITORY_COPY)).getJsonObject("components")
            .getJsonObject("schemas").getJsonObject("ErrorCode").getJsonArray("enum");
        Set<String> inDocument = new TreeSet<>();
        documented.forEach(code -> inDocument.add((String) code));
        Set<String> missing = new TreeSet<>(catalogue);
        missing.removeAll(inDocument);
        Set<String> extra = new TreeSet<>(inDocument);
        extra.removeAll(catalogue);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "openapi.json's ErrorCode enum differs from the gateway's codes: "
            + "missing " + missing + ", not answered by the gateway " + extra);
        assertEquals(documented.size(), inDocument.size(), "the enum lists a code twice");
    }

    @Test
    void shouldFindAReplyThatBreaksAWrongDocument() throws Exception {
        String document = Files.readString(REPOSITORY_COPY);
        JsonObject wrong = new JsonObject(document);
        wrong.getJsonObject("components").getJsonObject("schemas").getJsonObject("AccountOpened")
            .getJsonObject("properties").put("accountId", new JsonObject().put("type", "string"));
        OpenApiContract broken = new OpenApiContract(wrong.encode());
        String body = "{\"accountId\": 7001, \"cash\": 10}";
        HttpResponse<String> reply = gateway.post("/accounts", body);
        assertEquals(201, reply.statusCode(), "the served document accepts it: " + reply.body());
        List<String> problems = exchange(broken, "POST", "/accounts", body, reply);
        assertFalse(problems.isEmpty(), "a reply whose accountId is not a string must break the wrong document");
    }

    /** The 3.1-only parts are understood: a type list with null, and parameters of the 2020-12 dialect. */
    @Test
    void shouldHoldRepliesAndParametersToTheThreeOneSchemas() {
        OpenApiContract served = OpenApiContract.served();
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"),
            "X-Version", List.of("3"));
        Map<String, List<String>> key = Map.of("Authorization", List.of("Bearer " + TestKeys.ADMIN));
        assertTrue(served.problems("GET", URI.create("/accounts/1/orders"), key, null, 200, json,
            "{\"orders\": [], \"next\": null}", false).isEmpty(), "next may be null");
        assertFalse(served.problems("GET", URI.create("/accounts/1/orders"), key, null, 200, json,
            "{\"orders\": [], \"next\": \"2\"}", false).isEmpty(), "next is an integer or null, not a string");
        assertFalse(served.problems("GET", URI.create("/accounts/1/orders?limit=abc"), key, null, 200, json,
            "{\"orders\": [], \"next\": null}", false).isEmpty(), "a limit that is no integer is refused, so not 200");
        assertFalse(served.problems("GET", URI.create("/accounts/1/orders"), key, null, 418, json,
            "{\"error\": \"NOT_FOUND\", \"message\": \"x\"}", false).isEmpty(), "418 is not documented");
        assertFalse(served.problems("GET", URI.create("/accounts/1/orders"), Map.of(), null, 200, json,
            "{\"orders\": [], \"next\": null}", false).isEmpty(), "without a key the route is refused, so not 200");
        assertFalse(served.problems("GET", URI.create("/no/such/route"), key, null, 404, json,
            "{\"error\": \"NO_SUCH_CODE\", \"message\": \"x\"}", false).isEmpty(), "error codes come from the enum");
    }

    private static List<String> exchange(OpenApiContract contract, String method, String path, String body,
                                         HttpResponse<String> reply) {
        return contract.problems(method, URI.create(path), Map.of("Authorization", List.of("Bearer " + TestKeys.ADMIN),
                "Content-Type", List.of("application/json")), body.getBytes(StandardCharsets.UTF_8),
            reply.statusCode(), reply.headers().map(), reply.body(), false);
    }
}
