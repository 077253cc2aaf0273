package io.ringtail.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;

/**
 * The writer thread's appender: one Chronicle document per command, written in place through the raw bytes.
 * The Chronicle appender is created on first use because Chronicle pins an appender to the thread that first
 * touches it, and the journal is usually opened on another thread than the writer's.
 */
final class ChronicleJournalAppender implements JournalAppender {
    private final SingleChronicleQueue queue;
    private final Journal journal;
    private final EntryChecksum checksum = new EntryChecksum();
    private final UnsafeBuffer target = new UnsafeBuffer(0, 0);
    private final CycleFileSync sync;
    private ExcerptAppender appender;
    private long lastSequence;

    ChronicleJournalAppender(SingleChronicleQueue queue, Journal journal, long lastSequence, DurabilityMode durability) {
        this.queue = queue;
        this.journal = journal;
        this.lastSequence = lastSequence;
        this.sync = durability == DurabilityMode.SYNC ? new CycleFileSync() : null;
    }

    @Override
    public void append(DirectBuffer records, int offset, int length, int eventCount, long lastSequence) {
        validate(records, offset, length, eventCount, lastSequence);
        int crc = checksum.compute(records, offset, length);
        ExcerptAppender appender = appender();
        try (DocumentContext dc = appender.writingDocument()) {
            try {
                Bytes<?> bytes = dc.wire().bytes();
                long start = bytes.writePosition();
                bytes.writeSkip(EntryFormat.HEADER_LENGTH + length);
                target.wrap(bytes.addressForWrite(start), EntryFormat.HEADER_LENGTH + length);
                target.putInt(EntryFormat.EVENT_COUNT_OFFSET, eventCount);
                target.putInt(EntryFormat.CHECKSUM_OFFSET, crc);
                target.putBytes(EntryFormat.HEADER_LENGTH, records, offset, length);
            } catch (RuntimeException | Error e) {
                dc.rollbackOnClose();
                throw new JournalException("could not append entry ending at sequence " + lastSequence, e);
            }
        } catch (JournalException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JournalException("could not complete entry ending at sequence " + lastSequence, e);
        }
        this.lastSequence = lastSequence;
        journal.publishHead(lastSequence);
        if (sync != null) {
            try {
                sync.written(appender);
            } catch (IOException e) {
                throw new JournalException("could not open journal file for syncing", e);
            }
        }
    }

    private void validate(DirectBuffer records, int offset, int length, int eventCount, long lastSequence) {
        if (eventCount < 1) {
            throw new IllegalArgumentException("an entry needs at least one record, got eventCount " + eventCount);
        }
        if (length < EventRecord.HEADER_LENGTH || length > EntryFormat.MAX_ENTRY_LENGTH - EntryFormat.HEADER_LENGTH) {
            throw new IllegalArgumentException("entry length " + length + " out of range");
        }
        long expected = this.lastSequence + 1;
        int position = offset;
        int end = offset + length;
        int count = 0;
        while (position < end) {
            if (end - position < EventRecord.HEADER_LENGTH) {
                throw new IllegalArgumentException("record " + count + " header cut at offset " + position);
            }
            long sequence = records.getLong(position + EventRecord.SEQUENCE_OFFSET);
            if (sequence != expected) {
                throw new IllegalArgumentException("record " + count + " has sequence " + sequence + ", expected " + expected);
            }
            int bodyLength = records.getInt(position + EventRecord.BODY_LENGTH_OFFSET);
            if (bodyLength < 0 || bodyLength > end - position - EventRecord.HEADER_LENGTH) {
                throw new IllegalArgumentException("record " + count + " body length " + bodyLength + " runs past the entry");
            }
            position += EventRecord.HEADER_LENGTH + bodyLength;
            expected++;
            count++;
        }
        if (count != eventCount) {
            throw new IllegalArgumentException("eventCount " + eventCount + " but the records hold " + count);
        }
        if (expected - 1 != lastSequence) {
            throw new IllegalArgumentException("lastSequence " + lastSequence + " but the last record has " + (expected - 1));
        }
    }

    @Override
    public void endOfBatch() {
        if (sync != null) {
            try {
                sync.force();
            } catch (IOException e) {
                throw new JournalException("could not force the journal to disk", e);
            }
        }
    }

    @Override
    public long lastSequence() {
        return lastSequence;
    }

    /** How many times a batch was forced to disk; 0 in ASYNC mode. */
    long forces() {
        return sync == null ? 0 : sync.forces();
    }

    /** Writes the system entry that makes readers skip the torn entry at {@code tornIndex}. */
    static void writeMarker(ExcerptAppender appender, long tornIndex) {
        UnsafeBuffer payload = new UnsafeBuffer(new byte[Long.BYTES]);
        payload.putLong(0, tornIndex);
        int crc = new EntryChecksum().compute(payload, 0, Long.BYTES);
        try (DocumentContext dc = appender.writingDocument()) {
            Bytes<?> bytes = dc.wire().bytes();
            bytes.writeInt(EntryFormat.TORN_MARKER);
            bytes.writeInt(crc);
            bytes.writeLong(tornIndex);
        }
    }

    private ExcerptAppender appender() {
        if (appender == null) {
            appender = queue.createAppender();
        }
        return appender;
    }

    @Override
    public void close() {
        if (sync != null) {
            sync.close();
        }
        if (appender != null) {
            appender.close();
        }
    }
}
