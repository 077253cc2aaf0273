package io.ringtail.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link JournalAppender#reserve} opens the batch document ahead of the append; a reservation whose command
 * was then not appended (refused, or its applier threw) must leave no trace in the journal.
 */
class JournalReserveTest {
    @TempDir
    Path dir;

    @Test
    void shouldLeaveNoEntryForAReservationThatWasNeverAppended() {
        try (Journal journal = Journal.open(new JournalConfig(dir, DurabilityMode.SYNC))) {
            JournalAppender appender = journal.createAppender();
            TestEntries entries = new TestEntries();
            appender.reserve(entries.build(1, 3, 11).length);
            appender.endOfBatch();
            assertEquals(0, journal.headSequence(), "an empty reserved batch commits nothing");

            appender.reserve(entries.length);
            entries.appendTo(appender);
            appender.reserve(entries.build(4, 2, 12).length);
            entries.appendTo(appender);
            appender.reserve(64);
            appender.endOfBatch();
            assertEquals(5, journal.headSequence());
            TestEntries.Collector collector = new TestEntries.Collector();
            collector.drain(journal.createReader());
            assertEquals(5, collector.sequences.size());
        }
        try (Journal journal = Journal.open(new JournalConfig(dir, DurabilityMode.ASYNC))) {
            assertEquals(1, journal.openReport().entries(), "one entry: the batch with both appends");
            assertEquals(0, journal.openReport().tornEntries());
            assertEquals(5, journal.openReport().lastSequence());
        }
    }
}
