package io.ringtail.journal;

import java.nio.file.Path;

/** Child-process writer for the lock test: opens the journal, says so, and keeps it open until killed. */
public final class HoldingWriter {
    public static void main(String[] args) throws InterruptedException {
        Journal journal = Journal.open(new JournalConfig(Path.of(args[0]), DurabilityMode.ASYNC));
        System.out.println("OPEN " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(60_000);
        journal.close();
    }
}
