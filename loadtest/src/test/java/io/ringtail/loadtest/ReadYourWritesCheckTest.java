package io.ringtail.loadtest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class ReadYourWritesCheckTest {
    private static final Instrument ACME = new Instrument("ACME", 5, 10);

    private static KnownOrder placed(String status, long filled) {
        KnownOrder order = new KnownOrder(7, "c-1", ACME, "BUY", 50_000, 100, "GTC");
        order.update(new JsonObject().put("orderId", 11).put("status", status).put("filledQuantity", filled));
        return order;
    }

    private static Reply view(String status, long filled, long price, long quantity, long watermark) {
        JsonObject json = new JsonObject().put("orderId", 11).put("status", status).put("filledQuantity", filled)
                .put("price", price).put("quantity", quantity);
        return new Reply(200, Buffer.buffer(json.encode()), watermark);
    }

    @Test
    void shouldAcceptAViewThatProgressedBeyondThePlaceReply() {
        ReadYourWritesCheck check = ReadYourWritesCheck.afterPlace(placed("NEW", 0), 40);
        assertNull(check.violation(view("NEW", 0, 50_000, 100, 40)));
        assertNull(check.violation(view("PARTIALLY_FILLED", 30, 50_000, 100, 45)));
        assertNull(check.violation(view("FILLED", 100, 50_000, 100, 50)));
        assertTrue(check.uri().endsWith("/orders/11?minVersion=40"));
    }

    @Test
    void shouldFlagAViewThatLagsThePlaceReply() {
        ReadYourWritesCheck check = ReadYourWritesCheck.afterPlace(placed("PARTIALLY_FILLED", 30), 40);
        assertNotNull(check.violation(view("NEW", 0, 50_000, 100, 40)));
        assertNotNull(check.violation(view("PARTIALLY_FILLED", 20, 50_000, 100, 40)));
        assertNotNull(check.violation(new Reply(404, Buffer.buffer("{\"error\":\"UNKNOWN_ORDER\"}"), 40)));
        assertNotNull(check.violation(view("PARTIALLY_FILLED", 30, 50_000, 100, 39)), "watermark below minVersion");
    }

    @Test
    void shouldRequireTheCancelledStatusAfterAnAcknowledgedCancel() {
        KnownOrder order = placed("NEW", 0);
        ReadYourWritesCheck check = ReadYourWritesCheck.afterCancel(order, new JsonObject().put("status", "CANCELLED"), 41);
        assertNull(check.violation(view("CANCELLED", 0, 50_000, 100, 41)));
        assertNotNull(check.violation(view("NEW", 0, 50_000, 100, 41)));
        assertNotNull(check.violation(view("FILLED", 100, 50_000, 100, 41)), "a terminal status never changes");
    }

    @Test
    void shouldRequireTheAmendedPriceAndQuantity() {
        KnownOrder order = placed("NEW", 0);
        JsonObject amend = new JsonObject().put("accountId", 7).put("price", 50_010).put("quantity", 80);
        order.update(amend);
        ReadYourWritesCheck check = ReadYourWritesCheck.afterAmend(order, amend, 42);
        assertNull(check.violation(view("NEW", 0, 50_010, 80, 42)));
        assertNotNull(check.violation(view("NEW", 0, 50_000, 80, 42)));
        assertNotNull(check.violation(view("NEW", 0, 50_010, 100, 42)));
    }
}
