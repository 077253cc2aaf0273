package io.ringtail.workload;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixedRatePacerTest {
    @Test
    void shouldPlanSendsEvenlyAndNeverSendBeforeTheirTime() {
        long[] sent = {0, 0};
        FixedRatePacer.run(2_000, 1, planned -> {
            long now = System.nanoTime();
            assertTrue(now >= planned, "sent before its planned time");
            if (sent[0] > 0) {
                assertEquals(500_000, planned - sent[1], 1, "planned 1/rate apart");
            }
            sent[0]++;
            sent[1] = planned;
        });
        assertEquals(2_000, sent[0]);
    }
}
