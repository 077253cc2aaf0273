package io.ringtail.workload;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CrossingStreamTest {
    @Test
    void shouldRestAMakerThenTakeItInTwoHalvesAtItsPrice() {
        CrossingStream stream = new CrossingStream();
        List<long[]> steps = new ArrayList<>();
        StepSink sink = new StepSink() {
            @Override
            public void place(long accountId, long orderId, byte[] clientOrderId, int symbol, boolean buy, long price, long quantity) {
                steps.add(new long[] {accountId, orderId, symbol, buy ? 1 : 0, price, quantity});
            }

            @Override
            public void cancel(long accountId, long orderId, int symbol) {
                throw new AssertionError("the crossing stream only places");
            }
        };
        for (int i = 0; i < 3_000; i++) {
            stream.next(sink);
        }
        for (int cycle = 0; cycle < 1_000; cycle++) {
            long[] maker = steps.get(cycle * 3);
            assertEquals(20, maker[5]);
            assertEquals(cycle % 2 == 0 ? 1 : 0, maker[3], "maker side alternates");
            for (int leg = 1; leg <= 2; leg++) {
                long[] taker = steps.get(cycle * 3 + leg);
                assertEquals(10, taker[5]);
                assertEquals(maker[4], taker[4], "same price");
                assertEquals(maker[2], taker[2], "same symbol");
                assertNotEquals(maker[3], taker[3], "other side");
                assertNotEquals(maker[0], taker[0], "other account");
            }
        }
        assertEquals(3_000, steps.get(2_999)[1], "order ids run 1, 2, 3…");
    }
}
