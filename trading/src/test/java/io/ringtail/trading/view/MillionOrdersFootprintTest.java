package io.ringtail.trading.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.engine.domain.EventSink;
import io.ringtail.journal.EventRecord;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingEventEncoder;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Loads a million accepted orders into the orders view and prints what they cost on the heap and off it.
 * Only the data and the reported direct memory are asserted: heap figures vary with the collector.
 */
class MillionOrdersFootprintTest {
    private static final int ORDERS = 1_000_000;
    private static final int ACCOUNTS = 10_000;

    @Test
    void shouldHoldAMillionOrdersOffHeapAndReportTheirDirectMemory() {
        long heapBefore = usedHeap();
        OrdersProjection projection = new OrdersProjection(new TradingViewConfig(ORDERS, ACCOUNTS, 10, 100));
        OneEvent event = new OneEvent();
        UnsafeBuffer clientOrderId = new UnsafeBuffer(new byte[65]);
        EventRecord record = new EventRecord();
        for (int i = 1; i <= ORDERS; i++) {
            byte[] id = ("m-" + i).getBytes(StandardCharsets.US_ASCII);
            clientOrderId.putByte(0, (byte) id.length);
            clientOrderId.putBytes(1, id);
            event.sequence = i;
            TradingEventEncoder.orderAccepted(event, i, 1 + i % ACCOUNTS, i % 3, i % 2 == 0 ? Side.BUY : Side.SELL,
                100 + i % 50, 10, TimeInForce.GTC, clientOrderId, 0);
            projection.apply(record.wrap(event.buffer, 0));
        }
        long heapAfter = usedHeap();
        long direct = projection.directMemoryBytes();
        System.out.printf("orders view, %,d orders: direct memory %,d bytes (%.1f per order); heap used %,d -> %,d bytes (delta %,d)%n",
            ORDERS, direct, (double) direct / ORDERS, heapBefore, heapAfter, heapAfter - heapBefore);

        assertEquals(ORDERS, projection.view().size());
        assertTrue(direct >= (long) ORDERS * OrdersView.ORDER_LENGTH, "reports its direct memory: " + direct);
        OrderSnapshot order = new OrderSnapshot();
        for (long id : new long[] {1, 777_777, ORDERS}) {
            assertTrue(projection.view().order(id, order), "order " + id);
            assertEquals("m-" + id, order.clientOrderId());
            assertEquals(1 + id % ACCOUNTS, order.accountId());
        }
        OrderPage page = new OrderPage(100);
        projection.view().accountOrders(1 + ORDERS % ACCOUNTS, true, 0, 100, page);
        assertEquals(100, page.count());
        assertEquals(ORDERS, page.order(0).orderId(), "newest first");
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Holds exactly one event at a time: the encoder writes it, the projection reads it. */
    private static final class OneEvent implements EventSink {
        final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(256);
        long sequence;

        @Override
        public int claim(int typeId, int schemaVersion, int bodyLength) {
            EventRecord.writeHeader(buffer, 0, sequence, sequence, sequence, typeId, schemaVersion, bodyLength);
            return EventRecord.HEADER_LENGTH;
        }

        @Override
        public MutableDirectBuffer buffer() {
            return buffer;
        }

        @Override
        public long nextSequence() {
            return sequence;
        }

        @Override
        public int eventCount() {
            return 1;
        }
    }
}
