package io.ringtail.journal;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * Flyweight over one entry in mapped memory that checks it is whole before anyone trusts it.
 * {@link #problem()} allocates only when it finds something wrong.
 */
final class EntryView {
    private final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    private final EntryChecksum checksum;
    private int length;

    EntryView(EntryChecksum checksum) {
        this.checksum = checksum;
    }

    EntryView wrap(long address, int length) {
        buffer.wrap(address, length);
        this.length = length;
        return this;
    }

    UnsafeBuffer buffer() {
        return buffer;
    }

    int length() {
        return length;
    }

    /** The entry's declared record count, or {@link EntryFormat#TORN_MARKER}; meaningless if too short. */
    int eventCount() {
        return length < EntryFormat.HEADER_LENGTH ? 0 : buffer.getInt(EntryFormat.EVENT_COUNT_OFFSET);
    }

    boolean isTornMarker() {
        return eventCount() == EntryFormat.TORN_MARKER;
    }

    long markedIndex() {
        return buffer.getLong(EntryFormat.HEADER_LENGTH);
    }

    /** Offset of the last record; only after {@link #problem()} returned null for an event entry. */
    int lastRecordOffset() {
        int offset = EntryFormat.HEADER_LENGTH;
        int last = offset;
        while (offset < length) {
            last = offset;
            offset += EventRecord.HEADER_LENGTH + buffer.getInt(offset + EventRecord.BODY_LENGTH_OFFSET);
        }
        return last;
    }

    /** Null when the entry is whole and consistent, else why not. */
    String problem() {
        if (length < EntryFormat.HEADER_LENGTH) {
            return "entry of " + length + " bytes is shorter than its header";
        }
        int count = eventCount();
        if (count == EntryFormat.TORN_MARKER) {
            if (length != EntryFormat.MARKER_LENGTH) {
                return "torn-entry marker of " + length + " bytes";
            }
        } else if (count < 1) {
            return "event count " + count;
        } else {
            String layout = recordLayoutProblem(count);
            if (layout != null) {
                return layout;
            }
        }
        int expected = buffer.getInt(EntryFormat.CHECKSUM_OFFSET);
        int actual = checksum.compute(buffer, EntryFormat.HEADER_LENGTH, length - EntryFormat.HEADER_LENGTH);
        return expected == actual ? null
                : "checksum mismatch (stored " + Integer.toHexString(expected) + ", computed " + Integer.toHexString(actual) + ")";
    }

    private String recordLayoutProblem(int count) {
        int offset = EntryFormat.HEADER_LENGTH;
        int records = 0;
        while (offset < length) {
            if (length - offset < EventRecord.HEADER_LENGTH) {
                return "record " + records + " header cut at byte " + offset;
            }
            int bodyLength = buffer.getInt(offset + EventRecord.BODY_LENGTH_OFFSET);
            if (bodyLength < 0 || bodyLength > length - offset - EventRecord.HEADER_LENGTH) {
                return "record " + records + " body length " + bodyLength + " runs past the entry";
            }
            offset += EventRecord.HEADER_LENGTH + bodyLength;
            records++;
        }
        return records == count ? null : "entry declares " + count + " records but holds " + records;
    }
}
