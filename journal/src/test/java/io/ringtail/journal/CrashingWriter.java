package io.ringtail.journal;

import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;

import java.nio.file.Path;

/**
 * Child-process writer for the crash test: appends five entries, then dies halfway through writing the sixth,
 * inside Chronicle's writingDocument(), leaving its header marked "not complete".
 */
public final class CrashingWriter {
    public static void main(String[] args) {
        Journal journal = Journal.open(new JournalConfig(Path.of(args[0]), DurabilityMode.ASYNC));
        JournalAppender appender = journal.createAppender();
        long last = TestEntries.appendMany(appender, 5, 3);
        TestEntries next = new TestEntries().build(last + 1, 2, 99);
        ExcerptAppender raw = journal.queue().createAppender();
        DocumentContext dc = raw.writingDocument();
        dc.wire().bytes().writeInt(next.count);
        dc.wire().bytes().writeInt(0);
        for (int i = 0; i < next.length / 2; i++) {
            dc.wire().bytes().writeByte(next.buffer.getByte(i));
        }
        Runtime.getRuntime().halt(0);
    }
}
