package io.ringtail.trading.view;

import org.agrona.BufferUtil;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The orders view's retention: the ids of the last {@code retention} orders that became terminal, oldest
 * first, in a ring in direct memory (so a snapshot copies it as bytes). When one more becomes terminal the
 * oldest is handed back to be retired. Writer (projection) thread only. Mirrors the domain's retention,
 * driven by the same events, so view and domain retire the same orders.
 */
final class TerminalOrders {
    static final long NONE = 0;

    private final int retention;
    private final UnsafeBuffer ring;
    private int head;
    private int size;

    TerminalOrders(int retention) {
        this.retention = retention;
        this.ring = new UnsafeBuffer(BufferUtil.allocateDirectAligned(Math.max(1, retention) * Long.BYTES, 64));
    }

    /** Records a newly terminal order; @return the id of the order to retire now, or {@link #NONE} */
    long onTerminal(long orderId) {
        if (retention == 0) {
            return orderId;
        }
        if (size < retention) {
            ring.putLong(((head + size) % retention) * Long.BYTES, orderId);
            size++;
            return NONE;
        }
        long retired = ring.getLong(head * Long.BYTES);
        ring.putLong(head * Long.BYTES, orderId);
        head = (head + 1) % retention;
        return retired;
    }

    int size() {
        return size;
    }

    int snapshotLength() {
        return 3 * Integer.BYTES + size * Long.BYTES;
    }

    /** Oldest first, so a restore into a ring of any equal retention lays them out from slot 0. */
    int snapshotTo(MutableDirectBuffer into, int offset) {
        into.putInt(offset, retention);
        into.putInt(offset + 4, size);
        into.putInt(offset + 8, 0);
        int at = offset + 12;
        for (int i = 0; i < size; i++) {
            into.putLong(at + i * Long.BYTES, ring.getLong(((head + i) % retention) * Long.BYTES));
        }
        return at + size * Long.BYTES;
    }

    int restoreFrom(DirectBuffer from, int offset) {
        int snapshotRetention = from.getInt(offset);
        int count = from.getInt(offset + 4);
        if (snapshotRetention != retention || count < 0 || count > retention) {
            throw new IllegalStateException("snapshot of an order retention of " + snapshotRetention + " (" + count
                + " held) does not fit this view's retention of " + retention);
        }
        ring.putBytes(0, from, offset + 12, count * Long.BYTES);
        head = 0;
        size = count;
        return offset + 12 + count * Long.BYTES;
    }
}
