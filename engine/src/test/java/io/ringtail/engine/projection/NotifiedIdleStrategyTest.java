package io.ringtail.engine.projection;

import io.ringtail.journal.DurabilityMode;
import io.ringtail.journal.Journal;
import io.ringtail.journal.JournalAppender;
import io.ringtail.journal.JournalConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notified idle strategy parks on a quiet journal and wakes on every commit. Its longest park is set to a
 * minute here, so only the appender's signal can wake it in time: a lost wake-up fails the test.
 */
class NotifiedIdleStrategyTest {
    private static final long ONE_MINUTE = TimeUnit.MINUTES.toNanos(1);

    @TempDir
    Path directory;

    @Test
    void shouldParkWhileTheJournalIsQuietAndWakeOnTheNextCommit() throws Exception {
        try (Journal journal = Journal.open(new JournalConfig(directory, DurabilityMode.ASYNC));
             JournalAppender appender = journal.createAppender()) {
            SumEvents events = new SumEvents(appender);
            NotifiedIdleStrategy idle = new NotifiedIdleStrategy(journal.commitSignal(), ONE_MINUTE);
            AtomicLong idleReturns = new AtomicLong();
            AtomicLong seenHead = new AtomicLong(-1);
            Thread reader = new Thread(() -> {
                while (seenHead.get() < 1) {
                    idle.idle(0);
                    idleReturns.incrementAndGet();
                    seenHead.set(journal.headSequence());
                }
            }, "notified-reader");
            reader.setDaemon(true); // a missed wake-up must fail the test, not hang the JVM
            reader.start();
            Thread.sleep(300);
            // One return to take note of the head, then parked (a spurious wake-up or two allowed): a polling
            // strategy returns thousands of times.
            assertTrue(idleReturns.get() <= 5, "returns while nothing was committed: " + idleReturns.get());
            assertTrue(reader.isAlive());

            events.append(1, 7, 1);
            reader.join(TimeUnit.SECONDS.toMillis(10));
            assertFalse(reader.isAlive(), "the commit did not wake the parked reader");
            assertEquals(1, seenHead.get());
        }
    }

    @Test
    void shouldNeverMissACommitWhileCommitsRaceTheReaderGoingToSleep() throws Exception {
        int commits = 20_000;
        try (Journal journal = Journal.open(new JournalConfig(directory, DurabilityMode.ASYNC));
             JournalAppender appender = journal.createAppender()) {
            SumEvents events = new SumEvents(appender);
            NotifiedIdleStrategy idle = new NotifiedIdleStrategy(journal.commitSignal(), ONE_MINUTE);
            AtomicLong consumed = new AtomicLong();
            Thread reader = new Thread(() -> {
                // Like a projection agent: work is whatever the head moved by since the last look.
                while (consumed.get() < commits) {
                    long head = journal.headSequence();
                    int work = (int) (head - consumed.get());
                    consumed.set(head);
                    idle.idle(work);
                }
            }, "notified-reader");
            reader.setDaemon(true); // a missed wake-up must fail the test, not hang the JVM
            reader.start();
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < commits; i++) {
                events.append(i, 1, 1);
                // Vary the gaps so commits land before, during and after the reader's park.
                switch (random.nextInt(4)) {
                    case 0 -> Thread.onSpinWait();
                    case 1 -> Thread.yield();
                    case 2 -> LockSupport.parkNanos(random.nextInt(20_000));
                    default -> { }
                }
            }
            reader.join(TimeUnit.SECONDS.toMillis(30));
            assertFalse(reader.isAlive(), "reader stuck at " + consumed.get() + " of " + commits + ": a commit was missed");
            assertEquals(commits, consumed.get());
        }
    }

    @Test
    void shouldRefuseTheNotifiedKindWithoutACommitSignal() {
        assertThrows(IllegalStateException.class, () -> IdleStrategyKind.NOTIFIED.create());
        assertThrows(IllegalArgumentException.class, () -> new NotifiedIdleStrategy(null, 0));
    }
}
