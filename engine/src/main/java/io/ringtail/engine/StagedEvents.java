package io.ringtail.engine;

import io.ringtail.engine.domain.EventSink;
import io.ringtail.journal.EventRecord;
import org.agrona.ExpandableDirectByteBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The events one command emits, staged in journal layout until the command is accepted. Reused for
 * every command; grows only when a command emits more than it has ever held.
 */
final class StagedEvents implements EventSink {
    private final ExpandableDirectByteBuffer buffer = new ExpandableDirectByteBuffer(4096);
    private final EventRecord record = new EventRecord();
    private long firstSequence;
    private long commandId;
    private long timestamp;
    private int length;
    private int count;

    void begin(long firstSequence, long commandId, long timestamp) {
        this.firstSequence = firstSequence;
        this.commandId = commandId;
        this.timestamp = timestamp;
        this.length = 0;
        this.count = 0;
    }

    @Override
    public int claim(int typeId, int schemaVersion, int bodyLength) {
        if (bodyLength < 0) {
            throw new IllegalArgumentException("negative body length " + bodyLength);
        }
        int offset = length;
        buffer.checkLimit(offset + EventRecord.HEADER_LENGTH + bodyLength);
        EventRecord.writeHeader(buffer, offset, firstSequence + count, commandId, timestamp, typeId, schemaVersion, bodyLength);
        length = offset + EventRecord.HEADER_LENGTH + bodyLength;
        count++;
        return offset + EventRecord.HEADER_LENGTH;
    }

    @Override
    public MutableDirectBuffer buffer() {
        return buffer;
    }

    @Override
    public long nextSequence() {
        return firstSequence + count;
    }

    @Override
    public int eventCount() {
        return count;
    }

    int length() {
        return length;
    }

    long lastSequence() {
        return firstSequence + count - 1;
    }

    void discard() {
        length = 0;
        count = 0;
    }

    /** The i-th staged record, in emission order; walking is by offset so this is only for the applier loop. */
    EventRecord recordAt(int offset) {
        return record.wrap(buffer, offset);
    }
}
