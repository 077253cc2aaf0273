package io.ringtail.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;

/**
 * The writer thread's appender. The records of every command appended between two {@link #endOfBatch()}
 * calls go into ONE Chronicle document, copied in place through the raw bytes; the entry header (record
 * count and a CRC32C built up as records arrive) is written when the batch commits. Chronicle's cost per
 * document (header handshake, index update) is then paid once per batch instead of once per command,
 * and a batch is atomic: after a crash all of it is read back or none, and none of it was acknowledged
 * before the commit anyway.
 *
 * <p>The Chronicle appender is created on first use because Chronicle pins an appender to the thread that
 * first touches it, and the journal is usually opened on another thread than the writer's.
 */
final class ChronicleJournalAppender implements JournalAppender {
    private final SingleChronicleQueue queue;
    private final Journal journal;
    private final EntryChecksum checksum = new EntryChecksum();
    private final UnsafeBuffer target = new UnsafeBuffer(0, 0);
    private final CycleFileSync sync;
    private final DiskSpaceReservation space = new DiskSpaceReservation();
    private ExcerptAppender appender;
    private DocumentContext open;
    private long entryStart;
    private int entryLength;
    private int entryEvents;
    /** Sequence of the last record committed, visible to readers. */
    private long committedSequence;
    /** Sequence of the last record appended, committed or still in the open document. */
    private long lastSequence;

    ChronicleJournalAppender(SingleChronicleQueue queue, Journal journal, long lastSequence, DurabilityMode durability) {
        this.queue = queue;
        this.journal = journal;
        this.committedSequence = lastSequence;
        this.lastSequence = lastSequence;
        this.sync = durability == DurabilityMode.SYNC ? new CycleFileSync() : null;
    }

    @Override
    public void append(DirectBuffer records, int offset, int length, int eventCount, long lastSequence) {
        validate(records, offset, length, eventCount, lastSequence);
        if (open != null && entryLength + length > EntryFormat.MAX_ENTRY_LENGTH - EntryFormat.HEADER_LENGTH) {
            commit();
        }
        try {
            if (open == null) {
                begin();
            }
            Bytes<?> bytes = open.wire().bytes();
            long position = bytes.writePosition();
            space.ensure(appender, position, position + length);
            bytes.writeSkip(length);
            target.wrap(bytes.addressForWrite(position), length);
            target.putBytes(0, records, offset, length);
            checksum.update(records, offset, length);
        } catch (RuntimeException | Error e) {
            abandon();
            throw new JournalException("could not append the entry ending at sequence " + lastSequence
                + "; the uncommitted batch was dropped", e);
        }
        entryLength += length;
        entryEvents += eventCount;
        this.lastSequence = lastSequence;
    }

    /**
     * Reserves disk room for an entry of {@code length} bytes before the caller changes any state for it, so a
     * full disk refuses that one command instead of dropping the batch. Opens the batch document if none is
     * open; lets go of it again (empty) when the room is missing.
     */
    @Override
    public void reserve(int length) {
        try {
            if (open == null) {
                begin();
            }
            long position = open.wire().bytes().writePosition();
            space.ensure(appender, position, position + length);
        } catch (RuntimeException | Error e) {
            if (entryEvents == 0) {
                abandon();
            }
            throw e instanceof JournalException ? (JournalException) e
                : new JournalException("could not reserve journal space for " + length + " bytes", e);
        }
    }

    /**
     * Commits the open batch document, making it visible to readers, then in SYNC mode forces it to disk.
     * A failure drops the uncommitted batch and throws; nothing of it may then be acknowledged.
     */
    @Override
    public void endOfBatch() {
        if (open != null) {
            commit();
        }
        if (sync != null) {
            try {
                sync.force();
            } catch (IOException e) {
                throw new JournalException("could not force the journal to disk", e);
            }
        }
    }

    private void begin() {
        open = appender().writingDocument();
        Bytes<?> bytes = open.wire().bytes();
        entryStart = bytes.writePosition();
        bytes.writeSkip(EntryFormat.HEADER_LENGTH);
        entryLength = 0;
        entryEvents = 0;
        checksum.begin();
    }

    private void commit() {
        DocumentContext document = open;
        open = null;
        if (entryEvents == 0) {
            closeRolledBack(document); // opened by reserve() for a command that was then not appended
            return;
        }
        try {
            Bytes<?> bytes = document.wire().bytes();
            target.wrap(bytes.addressForWrite(entryStart), EntryFormat.HEADER_LENGTH);
            target.putInt(EntryFormat.EVENT_COUNT_OFFSET, entryEvents);
            target.putInt(EntryFormat.CHECKSUM_OFFSET, checksum.value());
            document.close();
        } catch (RuntimeException | Error e) {
            lastSequence = committedSequence;
            closeRolledBack(document);
            throw new JournalException("could not commit the batch ending at sequence " + lastSequence, e);
        }
        committedSequence = lastSequence;
        journal.publishHead(committedSequence);
        if (sync != null) {
            try {
                sync.written(appender);
            } catch (IOException e) {
                throw new JournalException("could not open journal file for syncing", e);
            }
        }
    }

    private void abandon() {
        DocumentContext document = open;
        open = null;
        lastSequence = committedSequence;
        if (document != null) {
            closeRolledBack(document);
        }
    }

    private static void closeRolledBack(DocumentContext document) {
        try {
            document.rollbackOnClose();
            document.close();
        } catch (RuntimeException ignored) {
            // Already failing: the batch is dropped either way, and the caller reports the first failure.
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

    /** Sequence of the last record appended (committed or in the open batch). */
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

    /** Commits what is open (an orderly close loses nothing appended), then releases the files. */
    @Override
    public void close() {
        if (open != null) {
            commit();
        }
        if (sync != null) {
            sync.close();
        }
        space.close();
        if (appender != null) {
            appender.close();
        }
    }
}
