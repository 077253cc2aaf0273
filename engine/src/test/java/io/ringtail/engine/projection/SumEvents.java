package io.ringtail.engine.projection;

import io.ringtail.journal.EventRecord;
import io.ringtail.journal.JournalAppender;
import org.agrona.ExpandableDirectByteBuffer;
import org.agrona.MutableDirectBuffer;

import java.util.HashMap;
import java.util.Map;

/** Writes "add amount to key" events into a journal and keeps the sums they should add up to. */
final class SumEvents {
    static final int TYPE_ADD = 1;
    static final int BODY_LENGTH = 16;

    private final JournalAppender appender;
    private final ExpandableDirectByteBuffer buffer = new ExpandableDirectByteBuffer(256);
    private final Map<Long, Long> expected = new HashMap<>();

    SumEvents(JournalAppender appender) {
        this.appender = appender;
    }

    /** Appends one entry of one event per (key, amount) pair; returns the entry's last sequence. */
    long append(long timestamp, long... keysAndAmounts) {
        long sequence = appender.lastSequence();
        int length = 0;
        for (int i = 0; i < keysAndAmounts.length; i += 2) {
            length += encode(buffer, length, ++sequence, timestamp, keysAndAmounts[i], keysAndAmounts[i + 1]);
            expected.merge(keysAndAmounts[i], keysAndAmounts[i + 1], Long::sum);
        }
        appender.append(buffer, 0, length, keysAndAmounts.length / 2, sequence);
        // Committed at once, as the writer does at the end of each batch, so projections can see it.
        appender.endOfBatch();
        return sequence;
    }

    Map<Long, Long> expected() {
        return expected;
    }

    static int encode(MutableDirectBuffer buffer, int offset, long sequence, long timestamp, long key, long amount) {
        EventRecord.writeHeader(buffer, offset, sequence, 500 + sequence, timestamp, TYPE_ADD, 1, BODY_LENGTH);
        buffer.putLong(offset + EventRecord.HEADER_LENGTH, key);
        buffer.putLong(offset + EventRecord.HEADER_LENGTH + 8, amount);
        return EventRecord.HEADER_LENGTH + BODY_LENGTH;
    }

    static long key(EventRecord event) {
        return event.buffer().getLong(event.bodyOffset());
    }

    static long amount(EventRecord event) {
        return event.buffer().getLong(event.bodyOffset() + 8);
    }
}
