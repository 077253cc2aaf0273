package io.ringtail.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.text.ParseException;

/**
 * Reads records in sequence order with its own tailer. Not thread-safe: one thread per reader.
 *
 * <p>Every entry is checksummed before any of its records is delivered. A corrupt entry is skipped only when
 * the very next entry is the torn-entry marker naming it (written by {@link Journal#open} when it sealed a
 * torn tail); any other corrupt entry stops the reader with a {@link JournalException}.
 */
public final class JournalReader implements AutoCloseable {
    private static final long NONE = Long.MIN_VALUE;

    private final SingleChronicleQueue queue;
    private final Journal journal;
    private final EntryView entry = new EntryView(new EntryChecksum());
    private final EventRecord record = new EventRecord();
    private ExcerptTailer tailer;
    private ExcerptTailer probe;
    /** Records with a sequence at or below this are not delivered: they were delivered or skipped by seek. */
    private long deliveredUpTo;
    private long lastSequence;

    JournalReader(SingleChronicleQueue queue, Journal journal) {
        this.queue = queue;
        this.journal = journal;
    }

    /**
     * Positions the reader so that the next record delivered is the first with sequence &gt;= {@code sequence}
     * (records before it in the same entry are skipped). Finds the entry by binary search over Chronicle
     * indices within a daily cycle, so it costs a few dozen entry reads rather than a scan.
     */
    public void seek(long sequence) {
        ExcerptTailer tailer = tailer();
        deliveredUpTo = Math.max(0, sequence - 1);
        lastSequence = Math.min(deliveredUpTo, journal.headSequence());
        long index = entryIndexAtOrBefore(sequence);
        if (index == NONE) {
            tailer.toStart();
        } else if (!tailer.moveToIndex(index)) {
            throw new JournalException("cannot move to Chronicle index 0x" + Long.toHexString(index));
        }
    }

    /**
     * Delivers the records of up to {@code maxEntries} whole entries that are available now.
     *
     * @return the number of records delivered; 0 when nothing new is available
     * @throws JournalException on a corrupt entry that is not a recognised torn tail
     */
    public int poll(EventRecordHandler handler, int maxEntries) {
        ExcerptTailer tailer = tailer();
        int delivered = 0;
        int entries = 0;
        while (entries < maxEntries) {
            long corruptIndex;
            String problem;
            try (DocumentContext dc = tailer.readingDocument()) {
                if (!dc.isPresent()) {
                    break;
                }
                wrap(dc);
                problem = entry.problem();
                if (problem == null) {
                    if (!entry.isTornMarker()) {
                        delivered += deliver(handler, dc);
                        entries++;
                    }
                    // A valid marker met on its own (after a seek past its torn entry) has nothing to deliver.
                    continue;
                }
                corruptIndex = dc.index();
            }
            skipSealed(tailer, corruptIndex, problem);
        }
        return delivered;
    }

    /** Sequence of the last record in the journal, visible to readers; 0 when empty. Any thread. */
    public long headSequence() {
        return journal.headSequence();
    }

    /** Sequence of the last record delivered (or skipped by seek); 0 before any. */
    public long lastSequence() {
        return lastSequence;
    }

    private int deliver(EventRecordHandler handler, DocumentContext dc) {
        int delivered = 0;
        int offset = EntryFormat.HEADER_LENGTH;
        int length = entry.length();
        try {
            while (offset < length) {
                record.wrap(entry.buffer(), offset);
                long sequence = record.sequence();
                if (sequence > deliveredUpTo) {
                    handler.onEvent(record);
                    deliveredUpTo = sequence;
                    lastSequence = sequence;
                    delivered++;
                }
                offset += record.encodedLength();
            }
        } catch (RuntimeException | Error e) {
            // Stay on this entry so the records after the failed one are still delivered by the next poll.
            dc.rollbackOnClose();
            throw e;
        }
        return delivered;
    }

    /** Moves past a corrupt entry if the next entry is its marker; otherwise stays on it and throws. */
    private void skipSealed(ExcerptTailer tailer, long corruptIndex, String problem) {
        try (DocumentContext dc = tailer.readingDocument()) {
            if (dc.isPresent()) {
                wrap(dc);
                if (entry.isTornMarker() && entry.problem() == null && entry.markedIndex() == corruptIndex) {
                    return;
                }
                dc.rollbackOnClose();
            }
        }
        tailer.moveToIndex(corruptIndex);
        throw new JournalException("corrupt journal entry at Chronicle index 0x" + Long.toHexString(corruptIndex)
                + " (not a sealed torn tail): " + problem);
    }

    /** Index of the last entry whose first sequence is at most {@code sequence}, or NONE if there is none. */
    private long entryIndexAtOrBefore(long sequence) {
        if (queue.firstIndex() == Long.MAX_VALUE) {
            return NONE;
        }
        RollCycle rollCycle = queue.rollCycle();
        ExcerptTailer probe = probe();
        try {
            for (int cycle = queue.lastCycle(); cycle != -1 && cycle >= queue.firstCycle();
                 cycle = queue.nextCycle(cycle, TailerDirection.BACKWARD)) {
                long count = probe.excerptsInCycle(cycle);
                if (count <= 0 || firstSequenceFrom(rollCycle.toIndex(cycle, 0), cycle) > sequence) {
                    continue;
                }
                long low = 0;
                long high = count - 1;
                while (low < high) {
                    long middle = (low + high + 1) >>> 1;
                    if (firstSequenceFrom(rollCycle.toIndex(cycle, middle), cycle) <= sequence) {
                        low = middle;
                    } else {
                        high = middle - 1;
                    }
                }
                return rollCycle.toIndex(cycle, low);
            }
        } catch (ParseException e) {
            throw new JournalException("cannot list journal cycles", e);
        }
        return NONE;
    }

    /**
     * First sequence of the first intact event entry at or after {@code index} in the same cycle, or
     * Long.MAX_VALUE if there is none: markers and corrupt entries carry no trustworthy sequence, and
     * skipping them keeps this non-decreasing in {@code index}, which the binary search needs.
     */
    private long firstSequenceFrom(long index, int cycle) {
        if (!probe.moveToIndex(index)) {
            return Long.MAX_VALUE;
        }
        while (true) {
            try (DocumentContext dc = probe.readingDocument()) {
                if (!dc.isPresent() || queue.rollCycle().toCycle(dc.index()) != cycle) {
                    return Long.MAX_VALUE;
                }
                wrap(dc);
                if (!entry.isTornMarker() && entry.problem() == null) {
                    return entry.buffer().getLong(EntryFormat.HEADER_LENGTH + EventRecord.SEQUENCE_OFFSET);
                }
            }
        }
    }

    private void wrap(DocumentContext dc) {
        Bytes<?> bytes = dc.wire().bytes();
        entry.wrap(bytes.addressForRead(bytes.readPosition()), (int) bytes.readRemaining());
    }

    // Created on first use: Chronicle pins a tailer to the thread that first touches it.
    private ExcerptTailer tailer() {
        if (tailer == null) {
            tailer = queue.createTailer();
        }
        return tailer;
    }

    private ExcerptTailer probe() {
        if (probe == null) {
            probe = queue.createTailer();
        }
        return probe;
    }

    @Override
    public void close() {
        if (tailer != null) {
            tailer.close();
        }
        if (probe != null) {
            probe.close();
        }
    }
}
