package io.ringtail.journal;

import org.agrona.ExpandableDirectByteBuffer;

import java.util.ArrayList;
import java.util.List;

/** Builds entries with recognisable records and collects what readers deliver. */
final class TestEntries {
    final ExpandableDirectByteBuffer buffer = new ExpandableDirectByteBuffer(1024);
    int length;
    int count;
    long lastSequence;

    /** Fills the buffer with {@code count} records starting at {@code firstSequence}; body sizes vary with the sequence. */
    TestEntries build(long firstSequence, int count, long commandId) {
        length = 0;
        this.count = count;
        for (int i = 0; i < count; i++) {
            long sequence = firstSequence + i;
            int bodyLength = (int) (sequence % 40);
            EventRecord.writeHeader(buffer, length, sequence, commandId, sequence * 1000, (int) (sequence % 7), 1, bodyLength);
            for (int b = 0; b < bodyLength; b++) {
                buffer.putByte(length + EventRecord.HEADER_LENGTH + b, (byte) (sequence + b));
            }
            length += EventRecord.HEADER_LENGTH + bodyLength;
        }
        lastSequence = firstSequence + count - 1;
        return this;
    }

    void appendTo(JournalAppender appender) {
        appender.append(buffer, 0, length, count, lastSequence);
    }

    /**
     * Appends entries whose sizes cycle through 1..maxEvents records, each committed as a batch of its own
     * (so each is one Chronicle document), returning the last sequence.
     */
    static long appendMany(JournalAppender appender, int entries, int maxEvents) {
        return append(appender, entries, maxEvents, true);
    }

    /** Appends entries like {@link #appendMany} but leaves them in the open batch, uncommitted. */
    static long appendUncommitted(JournalAppender appender, int entries, int maxEvents) {
        return append(appender, entries, maxEvents, false);
    }

    private static long append(JournalAppender appender, int entries, int maxEvents, boolean commitEach) {
        TestEntries builder = new TestEntries();
        long next = appender.lastSequence() + 1;
        for (int i = 0; i < entries; i++) {
            int count = 1 + (int) (next % maxEvents);
            builder.build(next, count, 1000 + next).appendTo(appender);
            if (commitEach) {
                appender.endOfBatch();
            }
            next += count;
        }
        return next - 1;
    }

    /** A handler that checks each record's content against how {@link #build} made it. */
    static final class Collector implements EventRecordHandler {
        final List<Long> sequences = new ArrayList<>();
        final List<Long> commandIds = new ArrayList<>();

        @Override
        public void onEvent(EventRecord event) {
            long sequence = event.sequence();
            if (event.timestamp() != sequence * 1000 || event.bodyLength() != sequence % 40
                    || event.typeId() != sequence % 7) {
                throw new AssertionError("record " + sequence + " does not read back as written");
            }
            for (int b = 0; b < event.bodyLength(); b++) {
                if (event.buffer().getByte(event.bodyOffset() + b) != (byte) (sequence + b)) {
                    throw new AssertionError("record " + sequence + " body byte " + b + " differs");
                }
            }
            sequences.add(sequence);
            commandIds.add(event.commandId());
        }

        void drain(JournalReader reader) {
            while (reader.poll(this, 100) > 0) {
                // keep polling until nothing new
            }
        }
    }
}
