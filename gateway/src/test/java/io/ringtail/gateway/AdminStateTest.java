package io.ringtail.gateway;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** {@code GET /admin/state}: the writer's digest, equal to the domain's own hash, and equal after recovery. */
class AdminStateTest {
    @TempDir
    Path dir;

    @Test
    void shouldReportTheWritersStateHashAtTheJournalHeadAndTheSameAfterRecovery() {
        JsonObject before;
        JsonObject afterOrder;
        long liveHash;
        try (TestGateway gateway = TestGateway.start(dir)) {
            expect(201, gateway.post("/accounts", "{\"accountId\": 1, \"cash\": 100000}"));
            before = expect(200, gateway.get("/admin/state"));
            long placed = expect(201, gateway.post("/orders", "{\"accountId\": 1, \"clientOrderId\": \"a\", "
                + "\"symbol\": \"ACME\", \"side\": \"BUY\", \"price\": 10, \"quantity\": 5}")).getLong("version");
            afterOrder = expect(200, gateway.get("/admin/state"));
            assertEquals(placed, afterOrder.getLong("version"), "the digest is taken at the last journaled event");
            assertEquals(gateway.headSequence(), afterOrder.getLong("journalHead"));
            assertNotEquals(before.getString("stateHash"), afterOrder.getString("stateHash"));
            gateway.close();
            liveHash = gateway.server.engine().domain().stateHash();
        }
        assertEquals(String.format("%016x", liveHash), afterOrder.getString("stateHash"));

        try (TestGateway recovered = TestGateway.start(dir)) {
            JsonObject state = expect(200, recovered.get("/admin/state"));
            assertEquals(afterOrder.getLong("version"), state.getLong("version"));
            assertEquals(afterOrder.getString("stateHash"), state.getString("stateHash"));
            assertEquals(afterOrder.getLong("version"), state.getJsonObject("recovery").getLong("events"),
                "a journal without gaps replays exactly one event per sequence");
        }
    }
}
