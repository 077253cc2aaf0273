package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bookkeeping the checks rely on must catch what it is there to catch. */
class LedgerTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Violations violations = new Violations(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private final Ledger ledger = new Ledger(violations);

    @Test
    void shouldReportAVersionHandedOutTwice() {
        ledger.newVersion(7, "place a");
        ledger.newVersion(7, "place b");
        assertEquals(1, violations.count(Violation.SEQUENCE_REUSE));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("place b"));
    }

    @Test
    void shouldReportAVersionAtOrBelowTheRecoveredHeadAfterARestart() {
        ledger.newVersion(5, "place a");
        assertTrue(ledger.restarted(5).isEmpty());
        ledger.newVersion(5, "place b");
        ledger.newVersion(4, "place c");
        ledger.newVersion(6, "place d");
        assertEquals(2, violations.count(Violation.SEQUENCE_REUSE));
    }

    @Test
    void shouldNameTheAcknowledgementsBeyondTheRecoveredHeadAsLost() {
        ledger.newVersion(3, "place a");
        ledger.newVersion(9, "cancel 2");
        ledger.newVersion(10, "amend 2");
        assertEquals(Map.of(9L, "cancel 2", 10L, "amend 2"), ledger.restarted(8));
        assertTrue(ledger.restarted(20).isEmpty(), "checked once, against the restart that followed them");
    }

    @Test
    void shouldVerifyEveryNewAcknowledgementOnceThenSampleOldOnes() {
        PlaceRequest first = new PlaceRequest(1, "c0-1", "ACME", "BUY", 1000, 5, "GTC");
        PlaceRequest second = new PlaceRequest(1, "c0-2", "ACME", "SELL", 1001, 5, "GTC");
        ledger.placeAccepted(first, new JsonObject().put("orderId", 1).put("version", 5));
        ledger.placeAccepted(second, new JsonObject().put("orderId", 2).put("version", 6));
        assertEquals(2, ledger.placesToVerify(0, new Random(1)).size());
        assertTrue(ledger.placesToVerify(0, new Random(1)).isEmpty());
        assertEquals(1, ledger.placesToVerify(1, new Random(1)).size());
    }

    @Test
    void shouldForgetWhatAnUnansweredAmendMayHaveChanged() {
        ledger.placeAccepted(new PlaceRequest(1, "c0-1", "ACME", "BUY", 1000, 5, "GTC"),
            new JsonObject().put("orderId", 1).put("version", 5));
        ledger.amendAcknowledged(1, null, 8L);
        ledger.amendUnanswered(1, 1001L, null);
        OrderTrack track = ledger.ordersToVerify(0, new Random(1)).get(0);
        assertNull(track.price);
        assertEquals(8L, track.quantity);
    }

    @Test
    void shouldNameTheFirstQueryWhoseAnswersDiffer() {
        ViewDump recovered = new ViewDump(Map.of("/books/ACME", "200 {\"bids\":[]}"), Map.of(1L, List.of("a")));
        ViewDump rebuilt = new ViewDump(Map.of("/books/ACME", "200 {\"bids\":[1]}"), Map.of(1L, List.of("a")));
        assertNull(recovered.firstDifference(recovered));
        assertTrue(recovered.firstDifference(rebuilt).startsWith("/books/ACME"));
    }
}
