package io.ringtail.benchmarks.engine;

import io.ringtail.benchmarks.BenchmarkFiles;
import io.ringtail.engine.domain.EventSink;
import io.ringtail.journal.EventRecord;
import io.ringtail.journal.snapshot.LoadedSnapshot;
import io.ringtail.journal.snapshot.SnapshotStore;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingEventEncoder;
import io.ringtail.trading.view.OrdersProjection;
import io.ringtail.trading.view.TradingViewConfig;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A view snapshot's cost at a size the place/cancel journal never reaches: the orders view holding a given
 * number of open orders. Times the capture (the projection thread's pause), the write, a load + restore, and
 * against them folding the same orders from events, which is what a replay would pay for them.
 */
final class LargeOrdersViewCapture {
    private static final int RETENTION = 100_000;

    private LargeOrdersViewCapture() {
    }

    /** The orders view with {@code orders} open orders: capture, write, load + restore, against folding them. */
    static String measure(int orders) throws Exception {
        TradingViewConfig config = new TradingViewConfig(orders + 1_000, 10_000, 10, 100, RETENTION);
        OrdersProjection projection = new OrdersProjection(config);
        OneEvent event = new OneEvent();
        UnsafeBuffer clientOrderId = new UnsafeBuffer(new byte[65]);
        long foldStarted = System.nanoTime();
        for (long id = 1; id <= orders; id++) {
            String text = "order-" + id;
            clientOrderId.putByte(0, (byte) text.length());
            clientOrderId.putStringWithoutLengthAscii(1, text);
            TradingEventEncoder.orderAccepted(event, id, 1 + id % 10_000, 0, Side.BUY, 100 + id % 50, 10, TimeInForce.GTC,
                clientOrderId, 0);
            projection.apply(event.record());
        }
        double foldMillis = (System.nanoTime() - foldStarted) / 1e6;

        int length = projection.snapshotLength();
        UnsafeBuffer staging = new UnsafeBuffer(ByteBuffer.allocateDirect(length));
        double captureMillis = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            projection.captureSnapshot(staging);
            captureMillis = Math.min(captureMillis, (System.nanoTime() - started) / 1e6);
        }
        Path dir = BenchmarkFiles.freshDirectory("orders-view-snapshot");
        try {
            SnapshotStore store = new SnapshotStore(dir, 1);
            long writeStarted = System.nanoTime();
            store.write(orders, projection.snapshotFormatVersion(), staging.byteBuffer().duplicate().position(0).limit(length));
            double writeMillis = (System.nanoTime() - writeStarted) / 1e6;
            double restoreMillis = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                OrdersProjection fresh = new OrdersProjection(config);
                System.gc();
                long started = System.nanoTime();
                try (LoadedSnapshot loaded = store.loadNewest(Long.MAX_VALUE).orElseThrow()) {
                    fresh.restoreSnapshot(loaded.payload(), loaded.formatVersion());
                }
                restoreMillis = Math.min(restoreMillis, (System.nanoTime() - started) / 1e6);
            }
            return String.format("Orders view with %,d open orders: snapshot %.0f MB; capture pause (projection thread, best of 5) "
                + "%.1f ms; write + fsync %.0f ms; load (checksum) + restore, best of 3, %.0f ms; folding the same orders "
                + "from events %.0f ms.", orders, length / 1e6, captureMillis, writeMillis, restoreMillis, foldMillis);
        } finally {
            BenchmarkFiles.delete(dir);
        }
    }

    /** Encodes one event at a time, numbered from 1, for feeding a projection directly. */
    private static final class OneEvent implements EventSink {
        private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
        private final EventRecord record = new EventRecord();
        private long nextSequence = 1;

        @Override
        public int claim(int typeId, int schemaVersion, int bodyLength) {
            EventRecord.writeHeader(buffer, 0, nextSequence, nextSequence, nextSequence, typeId, schemaVersion, bodyLength);
            nextSequence++;
            return EventRecord.HEADER_LENGTH;
        }

        @Override
        public MutableDirectBuffer buffer() {
            return buffer;
        }

        @Override
        public long nextSequence() {
            return nextSequence;
        }

        @Override
        public int eventCount() {
            return (int) (nextSequence - 1);
        }

        EventRecord record() {
            return record.wrap(buffer, 0);
        }
    }
}
