package io.ringtail.journal;

import java.nio.file.Path;

/**
 * Child-process writer for the crash test: commits five entries, then dies while its sixth batch is open
 * (entries appended into a Chronicle document that was never closed, its header still "not complete"),
 * as the writer thread would if the process were killed mid-batch.
 */
public final class CrashingWriter {
    public static void main(String[] args) {
        Journal journal = Journal.open(new JournalConfig(Path.of(args[0]), DurabilityMode.ASYNC));
        JournalAppender appender = journal.createAppender();
        TestEntries.appendMany(appender, 5, 3);
        TestEntries.appendUncommitted(appender, 40, 3);
        Runtime.getRuntime().halt(0);
    }
}
