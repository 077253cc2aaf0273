package io.ringtail.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TornTailTest {
    @TempDir
    Path dir;

    private Journal open() {
        return Journal.open(new JournalConfig(dir, DurabilityMode.ASYNC));
    }

    private static void assertSequences(long from, long to, TestEntries.Collector collector) {
        assertEquals(LongStream.rangeClosed(from, to).boxed().toList(), collector.sequences);
    }

    @Test
    void shouldRecoverWhenWriterDiedInsideWritingDocument() throws Exception {
        Path root = Path.of(System.getProperty("ringtail.root"));
        Process child = new ProcessBuilder("java", "@" + root.resolve("config/jvm.options"),
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child writer did not finish");
        assertEquals(0, child.exitValue());

        long recovered;
        try (Journal journal = open()) {
            JournalOpenReport report = journal.openReport();
            assertEquals(5, report.entries());
            assertEquals(0, report.tornEntries(), report.detail());
            recovered = report.lastSequence();
            TestEntries.Collector before = new TestEntries.Collector();
            before.drain(journal.createReader());
            assertSequences(1, recovered, before);

            JournalAppender appender = journal.createAppender();
            long last = TestEntries.appendMany(appender, 20, 3);
            TestEntries.Collector after = new TestEntries.Collector();
            after.drain(journal.createReader());
            assertSequences(1, last, after);
        }
        try (Journal journal = open()) {
            assertEquals(25, journal.openReport().entries());
        }
    }

    @Test
    void shouldSealCutLastEntryAndSkipItForever() throws IOException {
        long lastIntact;
        try (Journal journal = open()) {
            JournalAppender appender = journal.createAppender();
            lastIntact = TestEntries.appendMany(appender, 9, 4);
            TestEntries.appendMany(appender, 1, 4);
        }
        zeroTail(lastDocument(), 10);

        long last;
        try (Journal journal = open()) {
            JournalOpenReport report = journal.openReport();
            assertEquals(1, report.tornEntries());
            assertTrue(report.tornTailDetected());
            assertTrue(report.detail().contains("torn last entry"), report.detail());
            assertEquals(9, report.entries());
            assertEquals(lastIntact, report.lastSequence());
            assertEquals(lastIntact, journal.headSequence());

            JournalAppender appender = journal.createAppender();
            assertEquals(lastIntact, appender.lastSequence());
            last = TestEntries.appendMany(appender, 5, 4);
            TestEntries.Collector collector = new TestEntries.Collector();
            collector.drain(journal.createReader());
            assertSequences(1, last, collector);
        }
        try (Journal journal = open()) {
            JournalOpenReport report = journal.openReport();
            assertEquals(0, report.tornEntries());
            assertEquals(14, report.entries());
            assertEquals(last, report.lastSequence());
            TestEntries.Collector collector = new TestEntries.Collector();
            collector.drain(journal.createReader());
            assertSequences(1, last, collector);

            JournalReader reader = journal.createReader();
            TestEntries.Collector sought = new TestEntries.Collector();
            reader.seek(lastIntact + 1);
            sought.drain(reader);
            assertSequences(lastIntact + 1, last, sought);
        }
    }

    @Test
    void shouldSealTornTailTwiceInARow() throws IOException {
        try (Journal journal = open()) {
            TestEntries.appendMany(journal.createAppender(), 4, 2);
        }
        zeroTail(lastDocument(), 4);
        long lastIntact;
        try (Journal journal = open()) {
            lastIntact = journal.openReport().lastSequence();
            TestEntries.appendMany(journal.createAppender(), 1, 2);
        }
        zeroTail(lastDocument(), 4);
        try (Journal journal = open()) {
            JournalOpenReport report = journal.openReport();
            assertEquals(1, report.tornEntries());
            assertEquals(3, report.entries());
            assertEquals(lastIntact, report.lastSequence());
            long last = TestEntries.appendMany(journal.createAppender(), 2, 2);
            TestEntries.Collector collector = new TestEntries.Collector();
            collector.drain(journal.createReader());
            assertSequences(1, last, collector);
        }
    }

    @Test
    void shouldThrowOnCorruptEntryInTheMiddle() throws IOException {
        try (Journal journal = open()) {
            TestEntries.appendMany(journal.createAppender(), 10, 3);
        }
        long[] fifth = documents().get(4);
        zeroTail(fifth, 6);
        try (Journal journal = open()) {
            assertEquals(0, journal.openReport().tornEntries());
            JournalReader reader = journal.createReader();
            TestEntries.Collector collector = new TestEntries.Collector();
            JournalException failure = assertThrows(JournalException.class, () -> collector.drain(reader));
            assertTrue(failure.getMessage().contains("Chronicle index 0x"), failure.getMessage());
            int deliveredBefore = collector.sequences.size();
            assertThrows(JournalException.class, () -> reader.poll(collector, 10));
            assertEquals(deliveredBefore, collector.sequences.size(), "nothing after the corrupt entry is delivered");
        }
    }

    /** File offset and length of each document's data, in order. */
    private List<long[]> documents() {
        List<long[]> documents = new ArrayList<>();
        try (Journal journal = open(); ExcerptTailer tailer = journal.queue().createTailer()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return documents;
                    }
                    Bytes<?> bytes = dc.wire().bytes();
                    documents.add(new long[]{bytes.readPosition(), bytes.readRemaining()});
                }
            }
        }
    }

    private long[] lastDocument() {
        List<long[]> documents = documents();
        return documents.get(documents.size() - 1);
    }

    private void zeroTail(long[] document, int bytes) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.toString().endsWith(".cq4")).findFirst().orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(document[0] + document[1] - bytes);
            raf.write(new byte[bytes]);
        }
    }
}
