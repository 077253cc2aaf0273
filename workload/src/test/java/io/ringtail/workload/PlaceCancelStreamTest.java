package io.ringtail.workload;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceCancelStreamTest {
    @Test
    void shouldFillTheBookThenAlternatePlaceAndCancelOfTheOldest() {
        PlaceCancelStream stream = new PlaceCancelStream();
        Recorder recorder = new Recorder();
        for (int i = 0; i < 50_000; i++) {
            stream.next(recorder);
        }
        assertEquals(50_000, stream.steps());
        assertEquals(PlaceCancelStream.RESTING + (50_000 - PlaceCancelStream.RESTING) / 2, recorder.places);
        assertEquals(recorder.places - recorder.resting.size(), recorder.cancels);
        assertTrue(recorder.resting.size() >= PlaceCancelStream.RESTING && recorder.resting.size() <= PlaceCancelStream.RESTING + 1);
        assertEquals(recorder.places, recorder.clientOrderIds.size(), "client order ids are unique");
    }

    @Test
    void shouldPlaceNonCrossingOrdersWithPredictableIds() {
        PlaceCancelStream stream = new PlaceCancelStream();
        Recorder recorder = new Recorder();
        stream.next(recorder);
        assertEquals("place 1 1 c000000000001 0 buy 100x10", recorder.last);
        stream.next(recorder);
        assertEquals("place 2 2 c000000000002 1 buy 101x10", recorder.last);
        stream.next(recorder);
        assertEquals("place 3 3 c000000000003 0 sell 202x10", recorder.last);
    }

    /** Checks each step against the orders it placed: a cancel names an open order with its owner and symbol. */
    static final class Recorder implements StepSink {
        final Map<Long, String> resting = new HashMap<>();
        final Set<String> clientOrderIds = new HashSet<>();
        long places;
        long cancels;
        long nextOrderId = 1;
        String last;

        @Override
        public void place(long accountId, long orderId, byte[] clientOrderId, int symbol, boolean buy, long price, long quantity) {
            assertEquals(nextOrderId++, orderId);
            assertTrue(buy ? price >= 100 && price < 110 : price >= 200 && price < 210, "never crosses");
            String id = new String(clientOrderId, StandardCharsets.US_ASCII);
            clientOrderIds.add(id);
            resting.put(orderId, accountId + "/" + symbol);
            places++;
            last = "place " + accountId + " " + orderId + " " + id + " " + symbol + " " + (buy ? "buy " : "sell ") + price + "x" + quantity;
        }

        @Override
        public void cancel(long accountId, long orderId, int symbol) {
            assertEquals(accountId + "/" + symbol, resting.remove(orderId), "cancel of order " + orderId);
            cancels++;
            last = "cancel " + accountId + " " + orderId;
        }
    }
}
