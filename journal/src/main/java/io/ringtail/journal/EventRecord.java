package io.ringtail.journal;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Flyweight over one event record in its fixed binary layout (little-endian):
 *
 * <pre>
 *  0  sequence        long   global event sequence, 1-based, gap-free
 *  8  commandId       long   the command that produced the event
 * 16  timestamp       long   epoch nanos stamped on the command before it entered the ring
 * 24  typeId          short  domain event type
 * 26  schemaVersion   short  layout version of the body
 * 28  bodyLength      int    bytes of body that follow the header
 * 32  body            bodyLength bytes
 * </pre>
 *
 * Records are packed back to back with no padding; a journal entry holds the records of one command.
 */
public final class EventRecord {
    public static final int SEQUENCE_OFFSET = 0;
    public static final int COMMAND_ID_OFFSET = 8;
    public static final int TIMESTAMP_OFFSET = 16;
    public static final int TYPE_ID_OFFSET = 24;
    public static final int SCHEMA_VERSION_OFFSET = 26;
    public static final int BODY_LENGTH_OFFSET = 28;
    public static final int HEADER_LENGTH = 32;

    private DirectBuffer buffer;
    private int offset;

    public EventRecord wrap(DirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    public DirectBuffer buffer() { return buffer; }
    public int offset() { return offset; }
    public long sequence() { return buffer.getLong(offset + SEQUENCE_OFFSET); }
    public long commandId() { return buffer.getLong(offset + COMMAND_ID_OFFSET); }
    public long timestamp() { return buffer.getLong(offset + TIMESTAMP_OFFSET); }
    public int typeId() { return buffer.getShort(offset + TYPE_ID_OFFSET); }
    public int schemaVersion() { return buffer.getShort(offset + SCHEMA_VERSION_OFFSET); }
    public int bodyLength() { return buffer.getInt(offset + BODY_LENGTH_OFFSET); }
    public int bodyOffset() { return offset + HEADER_LENGTH; }
    public int encodedLength() { return HEADER_LENGTH + bodyLength(); }

    /** Writes a header at {@code offset}; the caller writes the body right after it. */
    public static void writeHeader(MutableDirectBuffer buffer, int offset, long sequence, long commandId,
                                   long timestamp, int typeId, int schemaVersion, int bodyLength) {
        buffer.putLong(offset + SEQUENCE_OFFSET, sequence);
        buffer.putLong(offset + COMMAND_ID_OFFSET, commandId);
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp);
        buffer.putShort(offset + TYPE_ID_OFFSET, (short) typeId);
        buffer.putShort(offset + SCHEMA_VERSION_OFFSET, (short) schemaVersion);
        buffer.putInt(offset + BODY_LENGTH_OFFSET, bodyLength);
    }
}
