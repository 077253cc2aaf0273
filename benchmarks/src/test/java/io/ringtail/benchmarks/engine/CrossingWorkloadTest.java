package io.ringtail.benchmarks.engine;

import io.ringtail.engine.CommandProcessor;
import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.DiscardingJournalAppender;
import io.ringtail.engine.WriterCounters;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.trading.OrderReplyCodec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The crossing mix does what its benchmark claims: every place accepted, two in three trade in full. */
class CrossingWorkloadTest {
    @Test
    void everyPlaceIsAcceptedAndTwoInThreeFillAtOnce() {
        CrossingWorkload workload = new CrossingWorkload();
        CommandSlot slot = new CommandSlot();
        CommandProcessor processor = new CommandProcessor(PlaceCancelWorkload.domain(1_000), new DiscardingJournalAppender(),
            () -> {
                throw new IllegalStateException("no rebuild");
            }, 0, 0, new WriterCounters());
        for (int i = 0; workload.writeSetup(slot, i); i++) {
            processor.process(slot);
            assertEquals(Reasons.ACCEPTED, slot.reason());
        }
        int filledAtOnce = 0;
        int places = 30_000;
        for (int i = 0; i < places; i++) {
            workload.writeNext(slot);
            processor.process(slot);
            assertEquals(Reasons.ACCEPTED, slot.reason(), "place " + i);
            if (OrderReplyCodec.filledQuantity(slot.replyBuffer()) > 0) {
                filledAtOnce++;
            }
        }
        assertEquals(places / 3 * 2, filledAtOnce);
    }
}
