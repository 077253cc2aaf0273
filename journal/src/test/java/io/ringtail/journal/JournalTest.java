package io.ringtail.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {
    @TempDir
    Path dir;

    private Journal open(DurabilityMode mode) {
        return Journal.open(new JournalConfig(dir, mode));
    }

    private static void assertSequences(long from, long to, TestEntries.Collector collector) {
        assertEquals(LongStream.rangeClosed(from, to).boxed().toList(), collector.sequences);
    }

    @Test
    void shouldReadBackManyEntriesOfVaryingSizes() {
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            assertEquals(0, journal.headSequence());
            JournalAppender appender = journal.createAppender();
            long last = TestEntries.appendMany(appender, 20_000, 9);
            assertEquals(last, journal.headSequence());
            assertEquals(last, appender.lastSequence());

            TestEntries.Collector collector = new TestEntries.Collector();
            JournalReader reader = journal.createReader();
            collector.drain(reader);
            assertSequences(1, last, collector);
            assertEquals(last, reader.lastSequence());
            assertEquals(0, reader.poll(collector, 10));
        }
    }

    @Test
    void shouldDeliverWholeEntriesUpToMaxEntries() {
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            JournalAppender appender = journal.createAppender();
            TestEntries entries = new TestEntries();
            entries.build(1, 3, 1).appendTo(appender);
            appender.endOfBatch();
            entries.build(4, 2, 2).appendTo(appender);
            appender.endOfBatch();
            entries.build(6, 4, 3).appendTo(appender);
            appender.endOfBatch();
            TestEntries.Collector collector = new TestEntries.Collector();
            JournalReader reader = journal.createReader();
            assertEquals(5, reader.poll(collector, 2));
            assertEquals(4, reader.poll(collector, 2));
            assertSequences(1, 9, collector);
        }
    }

    @Test
    void shouldSeekToEntryStartsMiddlesAndBeyondHead() {
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            JournalAppender appender = journal.createAppender();
            long last = TestEntries.appendMany(appender, 5_000, 5);
            JournalReader reader = journal.createReader();
            for (long target : new long[]{1, 2, 3, 777, 778, 4_001, last - 1, last}) {
                TestEntries.Collector collector = new TestEntries.Collector();
                reader.seek(target);
                assertEquals(target - 1, reader.lastSequence());
                collector.drain(reader);
                assertSequences(target, last, collector);
            }

            reader.seek(last + 5);
            TestEntries.Collector beyond = new TestEntries.Collector();
            assertEquals(0, reader.poll(beyond, 10));
            assertEquals(last, reader.lastSequence());
            long newLast = TestEntries.appendMany(appender, 10, 3);
            beyond.drain(reader);
            assertSequences(last + 5, newLast, beyond);
        }
    }

    @Test
    void shouldContinueSequencesAfterReopen() {
        long first;
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            first = TestEntries.appendMany(journal.createAppender(), 300, 4);
        }
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            JournalOpenReport report = journal.openReport();
            assertEquals(first, report.lastSequence());
            TestEntries.Collector before = new TestEntries.Collector();
            before.drain(journal.createReader());
            assertEquals(before.commandIds.get(before.commandIds.size() - 1), report.lastCommandId());
            assertEquals(300, report.entries());
            assertEquals(0, report.tornEntries());
            assertEquals(first, journal.headSequence());
            JournalAppender appender = journal.createAppender();
            assertEquals(first, appender.lastSequence());
            long last = TestEntries.appendMany(appender, 50, 4);
            TestEntries.Collector collector = new TestEntries.Collector();
            collector.drain(journal.createReader());
            assertSequences(1, last, collector);
        }
    }

    @Test
    void shouldRejectBrokenSequenceContinuityAndWriteNothing() {
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            JournalAppender appender = journal.createAppender();
            TestEntries entries = new TestEntries();
            entries.build(1, 2, 1).appendTo(appender);
            appender.endOfBatch();
            assertThrows(IllegalArgumentException.class, () -> entries.build(4, 2, 2).appendTo(appender));
            assertThrows(IllegalArgumentException.class, () -> entries.build(2, 2, 2).appendTo(appender));
            entries.build(3, 2, 2);
            assertThrows(IllegalArgumentException.class,
                    () -> appender.append(entries.buffer, 0, entries.length, 3, 4));
            assertThrows(IllegalArgumentException.class,
                    () -> appender.append(entries.buffer, 0, entries.length, 2, 5));
            assertThrows(IllegalArgumentException.class,
                    () -> appender.append(entries.buffer, 0, 0, 0, 2));
            assertEquals(2, appender.lastSequence());
            assertEquals(2, journal.headSequence());

            entries.appendTo(appender);
            appender.endOfBatch();
            TestEntries.Collector collector = new TestEntries.Collector();
            collector.drain(journal.createReader());
            assertSequences(1, 4, collector);
        }
    }

    @Test
    void shouldAllowOnlyOneAppender() {
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            journal.createAppender();
            assertThrows(IllegalStateException.class, journal::createAppender);
        }
    }

    @Test
    void shouldForceToDiskOncePerBatchInSyncMode() {
        try (Journal journal = open(DurabilityMode.SYNC)) {
            ChronicleJournalAppender appender = (ChronicleJournalAppender) journal.createAppender();
            appender.endOfBatch();
            assertEquals(0, appender.forces(), "nothing written, nothing to force");
            for (int batch = 1; batch <= 5; batch++) {
                TestEntries.appendUncommitted(appender, 10, 3);
                appender.endOfBatch();
                assertEquals(batch, appender.forces());
            }
            appender.endOfBatch();
            assertEquals(5, appender.forces());
            TestEntries.Collector collector = new TestEntries.Collector();
            collector.drain(journal.createReader());
            assertSequences(1, appender.lastSequence(), collector);
        }
        try (Journal journal = open(DurabilityMode.SYNC)) {
            assertEquals(5, journal.openReport().entries(), "each batch of 10 commands is one journal entry");
        }
    }

    @Test
    void shouldNotForceInAsyncMode() {
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            ChronicleJournalAppender appender = (ChronicleJournalAppender) journal.createAppender();
            TestEntries.appendMany(appender, 10, 3);
            appender.endOfBatch();
            assertEquals(0, appender.forces());
            assertTrue(journal.headSequence() > 0);
        }
    }

    @Test
    void shouldMakeABatchVisibleOnlyWhenItCommits() {
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            JournalAppender appender = journal.createAppender();
            long last = TestEntries.appendUncommitted(appender, 25, 3);
            TestEntries.Collector collector = new TestEntries.Collector();
            JournalReader reader = journal.createReader();
            collector.drain(reader);
            assertEquals(0, collector.sequences.size(), "nothing visible before the commit");
            assertEquals(0, journal.headSequence());
            appender.endOfBatch();
            collector.drain(reader);
            assertSequences(1, last, collector);
            assertEquals(last, journal.headSequence());
        }
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            assertEquals(1, journal.openReport().entries());
        }
    }

    @Test
    void shouldCommitTheOpenBatchOnClose() {
        long last;
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            last = TestEntries.appendUncommitted(journal.createAppender(), 7, 2);
        }
        try (Journal journal = open(DurabilityMode.ASYNC)) {
            assertEquals(last, journal.openReport().lastSequence());
        }
    }
}
