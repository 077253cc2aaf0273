package io.ringtail.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out, when the journal opens, where the intact journal ends.
 *
 * <p>One forward pass reads only each entry's 8-byte header to count entries and markers; only the tail is
 * checksummed. A crash can only tear the last entry (there is one writer), and every reader checksums each
 * entry it delivers, so corruption anywhere else still cannot slip through: a reader throws on it.
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
        long eventEntries = 0;
        long markers = 0;
        long lastIndex = NONE;
        boolean lastIsEvent = false;
        try (ExcerptTailer tailer = queue.createTailer()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        break;
                    }
                    wrap(dc);
                    lastIndex = dc.index();
                    lastIsEvent = !entry.isTornMarker();
                    if (lastIsEvent) {
                        eventEntries++;
                    } else {
                        markers++;
                    }
                }
            }
        }
        if (lastIndex == NONE) {
            return new JournalOpenReport(0, 0, 0, 0, "");
        }

        int torn = 0;
        String detail = "";
        long searchFrom = lastIndex;
        if (lastIsEvent) {
            String problem = problemAt(lastIndex);
            if (problem != null) {
                torn = 1;
                detail = "torn last entry at Chronicle index 0x" + Long.toHexString(lastIndex) + ": " + problem
                        + "; excluded from reading and sealed with a torn-entry marker";
                LOG.warn("Journal {}: {}", queue.file(), detail);
                appendMarker(lastIndex);
                searchFrom = lastIndex - 1;
            }
        }
        // Each marker stands for one entry it hides.
        long entries = eventEntries - markers - torn;
        if (markers > 0) {
            String earlier = markers + " torn entr" + (markers == 1 ? "y" : "ies") + " sealed by earlier opens skipped";
            detail = detail.isEmpty() ? earlier : detail + "; " + earlier;
        }
        return lastIntact(searchFrom, entries, torn, detail);
    }

    /** Walks back from {@code from} over markers and the entries they hide to the last intact event entry. */
    private JournalOpenReport lastIntact(long from, long entries, int torn, String detail) {
        if (entries == 0) {
            return new JournalOpenReport(0, 0, 0, torn, detail);
        }
        long hidden = NONE;
        try (ExcerptTailer tailer = queue.createTailer()) {
            tailer.direction(TailerDirection.BACKWARD);
            if (!tailer.moveToIndex(from)) {
                throw new JournalException("cannot move to Chronicle index 0x" + Long.toHexString(from));
            }
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        throw new JournalException("no intact entry found before Chronicle index 0x" + Long.toHexString(from));
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

    private String problemAt(long index) {
        try (ExcerptTailer tailer = queue.createTailer()) {
            tailer.moveToIndex(index);
            try (DocumentContext dc = tailer.readingDocument()) {
                wrap(dc);
                return entry.problem();
            }
        }
    }

    private void appendMarker(long tornIndex) {
        try (ExcerptAppender appender = queue.createAppender()) {
            ChronicleJournalAppender.writeMarker(appender, tornIndex);
        }
    }

    private void wrap(DocumentContext dc) {
        Bytes<?> bytes = dc.wire().bytes();
        entry.wrap(bytes.addressForRead(bytes.readPosition()), (int) bytes.readRemaining());
    }
}
