package io.ringtail.gateway;

import io.ringtail.engine.domain.Reasons;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.RejectionCodes;
import io.ringtail.trading.TradingReasons;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ErrorCode} is the one catalogue: every domain reason has its own entry, no source writes an error
 * body but through the responder, and every route's error answers name a catalogue code with its status.
 */
class ErrorCatalogueTest {
    /** Each route with requests that must fail: a missing key, a bad path, a bad query, a bad body, a wrong method. */
    private static final String[][] ROUTES = {
        {"POST", "/accounts", "{\"accountId\": 1, \"accountId\": 2}"},
        {"POST", "/accounts/%zz/deposits", "{\"amount\": 1}"},
        {"POST", "/accounts/424242/deposits", "{\"amount\": 1}"},
        {"POST", "/accounts/1/withdrawals", "{\"amount\": -1}"},
        {"POST", "/orders", "{\"accountId\": 1, \"clientOrderId\": \"c\", \"symbol\": \"NOPE\", \"side\": \"BUY\", \"price\": 1, \"quantity\": 1}"},
        {"POST", "/orders", "{\"accountId\": 424242, \"clientOrderId\": \"c\", \"symbol\": \"ACME\", \"side\": \"BUY\", \"price\": 1, \"quantity\": 1}"},
        {"DELETE", "/orders/424242?accountId=1", null},
        {"DELETE", "/orders/abc", null},
        {"PATCH", "/orders/424242", "{\"price\": 0}"},
        {"PATCH", "/orders/1", "{}"},
        {"GET", "/orders/424242", null},
        {"GET", "/orders/1?minVersion=999999999&timeoutMs=1", null},
        {"GET", "/accounts/424242", null},
        {"GET", "/accounts/1/orders?status=closed", null},
        {"GET", "/books/NOPE", null},
        {"GET", "/trades/ACME?limit=0", null},
        {"GET", "/instruments?x=%zz", null},
        {"GET", "/health/ready?x=%", null},
        {"GET", "/admin/state?%=1", null},
        {"PUT", "/orders/1", "{}"},
        {"GET", "/nowhere", null},
    };

    @TempDir
    Path dir;

    @Test
    void shouldGiveEveryDomainReasonAnEntryOfItsOwn() {
        RejectionCodes codes = new RejectionCodes(TradingReasons::name);
        for (int reason = Reasons.FIRST_DOMAIN_REASON; reason <= TradingReasons.LAST; reason++) {
            ErrorCode code = codes.of(reason);
            assertNotEquals(ErrorCode.REJECTED, code, TradingReasons.name(reason) + " has no catalogue entry");
            assertEquals(TradingReasons.name(reason), code.name());
            assertEquals(ErrorCode.Source.DOMAIN, code.source(), code.name());
        }
        assertEquals(ErrorCode.INTERNAL_ERROR, codes.of(Reasons.INTERNAL_ERROR));
        assertEquals(ErrorCode.JOURNAL_UNAVAILABLE, codes.of(Reasons.JOURNAL_UNAVAILABLE));
        assertEquals(ErrorCode.UNKNOWN_COMMAND, codes.of(Reasons.UNKNOWN_COMMAND));
    }

    @Test
    void shouldDocumentEveryGatewayCodeInTheReadme() throws IOException {
        String readme = Files.readString(Paths.get(System.getProperty("ringtail.root"), "gateway", "README.md"));
        for (ErrorCode code : ErrorCode.values()) {
            if (code.source() == ErrorCode.Source.GATEWAY) {
                assertTrue(readme.contains("`" + code.name() + "`"), code + " is not in gateway/README.md's error table");
            }
        }
    }

    @Test
    void shouldWriteErrorBodiesOnlyThroughTheResponder() throws IOException {
        Path main = Paths.get(System.getProperty("ringtail.root"), "gateway", "src", "main", "java");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(file);
                if (!file.endsWith("ErrorResponder.java") && (text.contains("JsonObject().put(\"error\"") || text.contains("put(\"error\", \"") || text.contains(".setStatusCode(4")
                    || text.contains(".setStatusCode(5"))) {
                    offenders.add(main.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), offenders, "error bodies or statuses written past ErrorResponder");
    }

    @Test
    void shouldAnswerEveryRoutesErrorsWithACatalogueCodeAndItsStatus() {
        try (TestGateway gateway = TestGateway.start(dir)) {
            TestGateway.expect(201, gateway.post("/accounts", "{\"accountId\": 1, \"cash\": 100}"));
            int port = gateway.server.port();
            for (String[] route : ROUTES) {
                for (String key : new String[] {TestKeys.ADMIN, TestKeys.READER, null}) {
                    String body = route[2];
                    String request = route[0] + " " + route[1] + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + (key == null ? "" : "Authorization: Bearer " + key + "\r\n")
                        + (body == null ? "\r\n" : "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
                    RawHttp.Answer answer = RawHttp.exchange(port, request, HostileInputTest.DEADLINE_MILLIS);
                    String what = route[0] + " " + route[1] + " as " + key + ": " + answer;
                    assertTrue(answer.status() >= 400, what);
                    assertNull(HostileFuzz.errorBodyProblem(answer, false), what);
                    String code = new JsonObject(answer.body()).getString("error");
                    assertTrue(ErrorCode.valueOf(code).status() == answer.status(), what);
                }
            }
        }
    }
}
