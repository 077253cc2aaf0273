package io.ringtail.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.LongSupplier;

/**
 * Works out, when the journal opens, where the intact journal ends, looking only at its tail.
 *
 * <p>A crash can only tear the last entry (there is one writer), so only the last document is checksummed,
 * and the last intact event entry is found by walking back from it over markers and the entries they hide.
 * Every reader checksums each entry it delivers, so corruption anywhere else still cannot slip through: a
 * reader throws on it. The cost is a few documents whatever the journal's size; only
 * {@link JournalOpenReport#entries()}, a diagnostic, reads every entry header, and only when asked.
 *
 * <p>A torn last entry is sealed off by appending a marker entry that names its Chronicle index. Chronicle
 * offers no way to truncate a completed document, and future appends would otherwise follow the torn bytes;
 * the marker makes every later reader, in this process or another, skip exactly that entry and nothing else.
 */
final class JournalRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRecovery.class);
    private static final long NONE = Long.MIN_VALUE;

    private final SingleChronicleQueue queue;
    private final EntryView entry = new EntryView(new EntryChecksum());

    JournalRecovery(SingleChronicleQueue queue) {
        this.queue = queue;
    }

    JournalOpenReport recover() {
        long lastIndex = NONE;
        boolean lastIsEvent = false;
        try (ExcerptTailer tailer = queue.createTailer()) {
            tailer.direction(TailerDirection.BACKWARD).toEnd();
            try (DocumentContext dc = tailer.readingDocument()) {
                if (dc.isPresent()) {
                    wrap(dc);
                    lastIndex = dc.index();
                    lastIsEvent = !entry.isTornMarker();
                }
            }
        }
        if (lastIndex == NONE) {
            return new JournalOpenReport(0, 0, 0, 0, "");
        }

        int torn = 0;
        String detail = "";
        long countUpTo = lastIndex;
        if (lastIsEvent) {
            String problem = problemAt(lastIndex);
            if (problem != null) {
                torn = 1;
                detail = "torn last entry at Chronicle index 0x" + Long.toHexString(lastIndex) + ": " + problem
                        + "; excluded from reading and sealed with a torn-entry marker";
                LOG.warn("Journal {}: {}", queue.file(), detail);
                countUpTo = appendMarker(lastIndex);
            }
        }
        long upTo = countUpTo;
        return lastIntact(lastIndex, torn > 0 ? lastIndex : NONE, () -> countEntries(upTo), torn, detail);
    }

    /**
     * Walks back from {@code from} over markers and the entries they hide (and over {@code tornIndex}, just
     * sealed) to the last intact event entry.
     */
    private JournalOpenReport lastIntact(long from, long tornIndex, LongSupplier entries, int torn, String detail) {
        long hidden = tornIndex;
        try (ExcerptTailer tailer = queue.createTailer()) {
            tailer.direction(TailerDirection.BACKWARD);
            if (!tailer.moveToIndex(from)) {
                throw new JournalException("cannot move to Chronicle index 0x" + Long.toHexString(from));
            }
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        // Only markers and the entries they hide: no event survives.
                        return new JournalOpenReport(0, 0, entries, torn, detail);
                    }
                    wrap(dc);
                    long index = dc.index();
                    String problem = entry.problem();
                    if (entry.isTornMarker() && problem == null) {
                        hidden = entry.markedIndex();
                        continue;
                    }
                    if (index == hidden) {
                        continue;
                    }
                    if (problem != null) {
                        throw new JournalException("corrupt entry at Chronicle index 0x" + Long.toHexString(index)
                                + " before the journal tail: " + problem);
                    }
                    int last = entry.lastRecordOffset();
                    long sequence = entry.buffer().getLong(last + EventRecord.SEQUENCE_OFFSET);
                    long commandId = entry.buffer().getLong(last + EventRecord.COMMAND_ID_OFFSET);
                    return new JournalOpenReport(sequence, commandId, entries, torn, detail);
                }
            }
        }
    }

    /**
     * Intact event entries up to Chronicle index {@code upTo}: every event entry, less one for each marker
     * (each hides exactly one entry), reading only the 8-byte entry headers.
     */
    private long countEntries(long upTo) {
        long eventEntries = 0;
        long markers = 0;
        EntryView header = new EntryView(new EntryChecksum());
        try (ExcerptTailer tailer = queue.createTailer()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent() || dc.index() > upTo) {
                        break;
                    }
                    Bytes<?> bytes = dc.wire().bytes();
                    header.wrap(bytes.addressForRead(bytes.readPosition()), (int) bytes.readRemaining());
                    if (header.isTornMarker()) {
                        markers++;
                    } else {
                        eventEntries++;
                    }
                }
            }
        }
        return eventEntries - markers;
    }

    private String problemAt(long index) {
        try (ExcerptTailer tailer = queue.createTailer()) {
            tailer.moveToIndex(index);
            try (DocumentContext dc = tailer.readingDocument()) {
                wrap(dc);
                return entry.problem();
            }
        }
    }

    /** Seals the torn entry at {@code tornIndex}; returns the marker's own index. */
    private long appendMarker(long tornIndex) {
        try (ExcerptAppender appender = queue.createAppender()) {
            ChronicleJournalAppender.writeMarker(appender, tornIndex);
            return appender.lastIndexAppended();
        }
    }

    private void wrap(DocumentContext dc) {
        Bytes<?> bytes = dc.wire().bytes();
        entry.wrap(bytes.addressForRead(bytes.readPosition()), (int) bytes.readRemaining());
    }
}
