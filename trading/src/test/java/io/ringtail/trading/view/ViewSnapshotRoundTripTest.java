package io.ringtail.trading.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.engine.projection.Projection;
import io.ringtail.engine.projection.SnapshottableProjection;
import io.ringtail.journal.EventRecord;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Each trading view folded over a recorded random workload, snapshotted part way, restored into a fresh
 * projection, and both fed the rest: every query answer (every order id, every account's pages, every
 * account, every book, every symbol's trades) must be the same, right after the restore and at the end.
 */
class ViewSnapshotRoundTripTest {
    private static final int SYMBOLS = RecordedTradingEvents.INSTRUMENTS.size();
    /** Small retention so orders retire and slots are reused before the snapshot. */
    private static final TradingViewConfig VIEWS = new TradingViewConfig(30_000, 64, 5, 20, 300);
    private static final RecordedTradingEvents EVENTS = RecordedTradingEvents.generate(5150, 24, 12_000);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {OrdersProjection.NAME, AccountsProjection.NAME, BooksProjection.NAME, TradesProjection.NAME})
    void shouldAnswerAlikeAfterASnapshotRestoreAsWithoutOne(String name) {
        TradingReadSide steady = new TradingReadSide(RecordedTradingEvents.INSTRUMENTS, VIEWS);
        TradingReadSide restored = new TradingReadSide(RecordedTradingEvents.INSTRUMENTS, VIEWS);
        SnapshottableProjection original = (SnapshottableProjection) steady.projection(name);
        SnapshottableProjection copy = (SnapshottableProjection) restored.projection(name);
        List<Integer> offsets = eventOffsets();
        int half = offsets.size() / 2;

        apply(original, offsets, 0, half);
        UnsafeBuffer staging = new UnsafeBuffer(ByteBuffer.allocateDirect(original.snapshotLength()));
        int length = original.captureSnapshot(staging);
        assertTrue(length <= original.snapshotLength());
        copy.restoreSnapshot(new UnsafeBuffer(staging, 0, length), original.snapshotFormatVersion());
        assertEquals(contents(steady), contents(restored), "right after the restore");

        apply(original, offsets, half, offsets.size());
        apply(copy, offsets, half, offsets.size());
        List<Object> end = contents(steady);
        assertEquals(end, contents(restored), "after the rest of the events");
        assertTrue(end.toString().length() > 1_000, "the views hold something");

        UnsafeBuffer wrongFormat = new UnsafeBuffer(staging, 0, length);
        assertThrows(IllegalStateException.class, () -> copy.restoreSnapshot(wrongFormat, original.snapshotFormatVersion() + 1));
        TradingReadSide other = new TradingReadSide(RecordedTradingEvents.INSTRUMENTS, new TradingViewConfig(30_000, 200, 6, 21, 301));
        assertThrows(IllegalStateException.class,
            () -> ((SnapshottableProjection) other.projection(name)).restoreSnapshot(wrongFormat, original.snapshotFormatVersion()),
            "a snapshot of other capacities is refused");
        assertEquals(end, contents(restored), "a refused restore leaves the view as it was");
    }

    private static List<Object> contents(TradingReadSide views) {
        List<Object> all = new ArrayList<>();
        OrdersView orders = views.orders().view();
        all.add(ViewContents.orders(orders, 20_000));
        for (long account = 1; account <= 25; account++) {
            all.add(ViewContents.accountOrders(orders, account, false, 17));
            all.add(ViewContents.accountOrders(orders, account, true, 5));
        }
        all.add(ViewContents.accounts(views.accounts().view(), 100));
        all.add(ViewContents.books(views.books().view()));
        all.add(ViewContents.trades(views.trades().view(), SYMBOLS));
        return all;
    }

    private static List<Integer> eventOffsets() {
        List<Integer> offsets = new ArrayList<>();
        EventRecord record = new EventRecord();
        for (int offset = 0; offset < EVENTS.length(); offset += record.encodedLength()) {
            record.wrap(EVENTS.buffer(), offset);
            offsets.add(offset);
        }
        return offsets;
    }

    private static void apply(Projection projection, List<Integer> offsets, int from, int to) {
        EventRecord record = new EventRecord();
        for (int i = from; i < to; i++) {
            projection.apply(record.wrap(EVENTS.buffer(), offsets.get(i)));
        }
    }
}
