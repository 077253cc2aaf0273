package io.ringtail.gateway;

import io.ringtail.gateway.http.ErrorCode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document itself: served as kept in the repository, without a key; its error codes are the
 * gateway's catalogue; and the contract the HTTP tests are held to fails when the document is wrong.
 */
class OpenApiDocumentTest {
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
     * Every code an error body can carry, and no other: the one catalogue, {@link ErrorCode}, domain reasons
     * included (no route writes an error code outside it). A code added, renamed or removed on either side
     * fails here, naming the difference.
     */
    @Test
    void shouldListExactlyTheCodesTheGatewayAnswers() throws Exception {
        Set<String> catalogue = new TreeSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            catalogue.add(code.name());
        }
        JsonArray documented = document().getJsonObject("components")
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

    /**
     * Each code has one status wherever it is answered: a schema {@code ErrorCodeNNN} lists exactly the
     * catalogue's codes of status NNN, and every error response of every operation admits only codes of its
     * own status (so a route cannot document UNKNOWN_ORDER under 400, or INVALID_PRICE under 404).
     */
    @Test
    void shouldDocumentEachCodeUnderItsOwnStatusOnEveryRoute() throws Exception {
        JsonObject document = document();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        Map<Integer, Set<String>> byStatus = new TreeMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            byStatus.computeIfAbsent(code.status(), s -> new TreeSet<>()).add(code.name());
        }
        int perStatus = 0;
        for (String name : schemas.fieldNames()) {
            if (name.matches("ErrorCode\\d{3}")) {
                int status = Integer.parseInt(name.substring("ErrorCode".length()));
                Set<String> listed = new TreeSet<>();
                schemas.getJsonObject(name).getJsonArray("enum").forEach(code -> listed.add((String) code));
                assertEquals(byStatus.getOrDefault(status, Set.of()), listed, name + " is not the catalogue's codes of " + status);
                perStatus++;
            }
        }
        assertTrue(perStatus > 0, "no ErrorCodeNNN schema");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.fieldNames()) {
            for (String method : paths.getJsonObject(path).fieldNames()) {
                JsonObject responses = paths.getJsonObject(path).getJsonObject(method).getJsonObject("responses");
                for (String status : responses.fieldNames()) {
                    if (Integer.parseInt(status) < 400) {
                        continue;
                    }
                    JsonObject response = resolve(document, responses.getJsonObject(status));
                    JsonObject schema = response.getJsonObject("content").getJsonObject("application/json")
                        .getJsonObject("schema");
                    Set<String> admitted = codes(document, schema);
                    Set<String> own = byStatus.getOrDefault(Integer.parseInt(status), Set.of());
                    if (admitted == null || admitted.isEmpty() || !own.containsAll(admitted)) {
                        wrong.add(method.toUpperCase() + " " + path + " " + status + " admits " + admitted);
                    }
                    checked++;
                }
            }
        }
        assertTrue(wrong.isEmpty(), "error responses admitting codes of another status (or none, or any): " + wrong);
        assertTrue(checked > 100, "only " + checked + " error responses found");
    }

    /** The codes a body schema admits in "error": null when it does not constrain them. */
    private static Set<String> codes(JsonObject document, JsonObject schema) {
        schema = resolve(document, schema);
        Set<String> admitted = null;
        if (schema.containsKey("allOf")) {
            for (Object part : schema.getJsonArray("allOf")) {
                Set<String> codes = codes(document, (JsonObject) part);
                if (codes != null) {
                    if (admitted == null) {
                        admitted = new TreeSet<>(codes);
                    } else {
                        admitted.retainAll(codes);
                    }
                }
            }
        }
        JsonObject properties = schema.getJsonObject("properties");
        if (properties != null && properties.containsKey("error")) {
            JsonObject error = resolve(document, properties.getJsonObject("error"));
            Set<String> codes = new TreeSet<>();
            if (error.containsKey("const")) {
                codes.add(error.getString("const"));
            } else {
                error.getJsonArray("enum").forEach(code -> codes.add((String) code));
            }
            if (admitted == null) {
                admitted = codes;
            } else {
                admitted.retainAll(codes);
            }
        }
        return admitted;
    }

    private static JsonObject resolve(JsonObject document, JsonObject node) {
        while (node.containsKey("$ref")) {
            JsonObject target = document;
            for (String part : node.getString("$ref").substring(2).split("/")) {
                target = target.getJsonObject(part);
            }
            node = target;
        }
        return node;
    }

    private static JsonObject document() throws Exception {
        return new JsonObject(Files.readString(REPOSITORY_COPY));
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

    /** The validator holds error bodies to their status's codes, and to `version` where the server sends one. */
    @Test
    void shouldHoldErrorBodiesToTheirStatusAndVersion() {
        OpenApiContract served = OpenApiContract.served();
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
        Map<String, List<String>> key = Map.of("Authorization", List.of("Bearer " + TestKeys.ADMIN));
        URI cancel = URI.create("/orders/5");
        assertTrue(served.problems("DELETE", cancel, key, null, 404, json,
            "{\"error\": \"UNKNOWN_ORDER\", \"message\": \"x\", \"version\": 6}", false).isEmpty(),
            "the writer's 404 on a cancel carries the version");
        assertFalse(served.problems("DELETE", cancel, key, null, 404, json,
            "{\"error\": \"ORDER_NOT_OPEN\", \"message\": \"x\", \"version\": 6}", false).isEmpty(),
            "ORDER_NOT_OPEN is 422, never 404");
        assertFalse(served.problems("DELETE", cancel, key, null, 422, json,
            "{\"error\": \"UNKNOWN_ORDER\", \"message\": \"x\", \"version\": 6}", false).isEmpty(),
            "UNKNOWN_ORDER is 404, never 422");
        assertFalse(served.problems("GET", URI.create("/orders/5"), key, null, 404, json,
            "{\"error\": \"UNKNOWN_ORDER\", \"message\": \"x\", \"version\": 6}", false).isEmpty(),
            "a query's 404 has no version");
        Map<String, List<String>> posting = Map.of("Authorization", List.of("Bearer " + TestKeys.ADMIN),
            "Content-Type", List.of("application/json"));
        byte[] order = ("{\"accountId\": 1, \"clientOrderId\": \"c1\", \"symbol\": \"NOPE\", \"side\": \"BUY\","
            + " \"price\": 1, \"quantity\": 1}").getBytes(StandardCharsets.UTF_8);
        assertTrue(served.problems("POST", URI.create("/orders"), posting, order, 404, json,
            "{\"error\": \"UNKNOWN_SYMBOL\", \"message\": \"x\"}", false).isEmpty(),
            "the gateway's own 404 on a command has no version");
        assertFalse(served.problems("POST", URI.create("/orders"), posting, order, 400, json,
            "{\"error\": \"UNKNOWN_SYMBOL\", \"message\": \"x\"}", false).isEmpty(),
            "UNKNOWN_SYMBOL is 404 on a command too, not 400");
    }

    private static List<String> exchange(OpenApiContract contract, String method, String path, String body,
                                         HttpResponse<String> reply) {
        return contract.problems(method, URI.create(path), Map.of("Authorization", List.of("Bearer " + TestKeys.ADMIN),
                "Content-Type", List.of("application/json")), body.getBytes(StandardCharsets.UTF_8),
            reply.statusCode(), reply.headers().map(), reply.body(), false);
    }
}
