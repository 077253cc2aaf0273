package io.ringtail.trading.view;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * What every trading view snapshot starts with: a tag naming the view, so a file put in the wrong
 * directory is refused rather than misread. The rest is each view's memory as its structures lay it out,
 * and each structure checks on restore that the shapes (capacities, record lengths, symbols, depth,
 * retention) match its own: a snapshot taken with other capacities is refused and the view is rebuilt by
 * replay instead. Bump {@link #VERSION} whenever a record layout changes.
 */
final class ViewSnapshotFormat {
    static final int VERSION = 1;
    static final int HEADER_LENGTH = 8;
    static final int ORDERS = 0x4F524431;   // "ORD1"
    static final int ACCOUNTS = 0x41434331; // "ACC1"
    static final int BOOKS = 0x424F4B31;    // "BOK1"
    static final int TRADES = 0x54524431;   // "TRD1"

    private ViewSnapshotFormat() {
    }

    static void checkHeader(DirectBuffer payload, int formatVersion, int tag, String view) {
        if (formatVersion != VERSION) {
            throw new IllegalStateException(view + " snapshot of format " + formatVersion + ", this build reads " + VERSION);
        }
        if (payload.capacity() < HEADER_LENGTH || payload.getInt(0) != tag) {
            throw new IllegalStateException("not a snapshot of the " + view + " view");
        }
    }

    static void checkLength(int end, DirectBuffer payload, String view) {
        if (end != payload.getInt(4) || end > payload.capacity()) {
            throw new IllegalStateException(view + " snapshot ends at " + end + " but says " + payload.getInt(4)
                + " (payload " + payload.capacity() + " bytes)");
        }
    }

    /** Snapshot length of a projection whose state is one view: the header, then that view's memory. */
    static int length(ViewMemory view) {
        return HEADER_LENGTH + view.snapshotLength();
    }

    /** Writes the header tagged {@code tag} and {@code view}'s memory; returns the bytes written. */
    static int capture(MutableDirectBuffer into, int tag, ViewMemory view) {
        into.putInt(0, tag);
        int end = view.snapshotTo(into, HEADER_LENGTH);
        into.putInt(4, end);
        return end;
    }

    /** Checks the header, then loads {@code fresh} (a new, empty view) from the payload and returns it. */
    static <V extends ViewMemory> V restore(DirectBuffer payload, int formatVersion, int tag, String view, V fresh) {
        checkHeader(payload, formatVersion, tag, view);
        checkLength(fresh.restoreFrom(payload, HEADER_LENGTH), payload, view);
        return fresh;
    }
}
