package io.ringtail.engine.projection;

import io.ringtail.journal.DurabilityMode;
import io.ringtail.journal.Journal;
import io.ringtail.journal.JournalAppender;
import io.ringtail.journal.JournalConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Projections on their host threads over a real journal, with events appended while they run. */
class JournalProjectionTest {
    private static final long GENEROUS_SECONDS = 30;

    @TempDir
    Path directory;
    private Journal journal;
    private JournalAppender appender;
    private SumEvents events;
    private ProjectionHost host;
    private final ProjectionConfig config = new ProjectionConfig().batchEntries(64);

    @BeforeEach
    void openJournal() {
        journal = Journal.open(new JournalConfig(directory, DurabilityMode.ASYNC));
        appender = journal.createAppender();
        events = new SumEvents(appender);
    }

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
        appender.close();
        journal.close();
    }

    @Test
    void shouldBuildLiveTheSameViewAsAFullRebuild() throws InterruptedException {
        SumsProjection live = new SumsProjection("live", false);
        startHost(live);
        appendRandom(new SplittableRandom(11), 3_000);
        awaitReached(host.agent("live"), journal.headSequence());

        SumsProjection replayed = new SumsProjection("replayed", false);
        ProjectionHost second = new ProjectionHost(config, List.of(new ProjectionAgent(replayed, journal.createReader(), config)));
        try {
            second.start();
            awaitReached(second.agent("replayed"), journal.headSequence());
        } finally {
            second.close();
        }
        assertEquals(events.expected(), live.snapshot());
        assertEquals(live.snapshot(), replayed.snapshot());
        awaitAllCaughtUp(journal.headSequence());
    }

    @Test
    void shouldRebuildWhileEventsKeepComingAndCatchUpWithTheNeverStoppedOne() throws InterruptedException {
        SumsProjection steady = new SumsProjection("steady", false);
        SumsProjection rebuilt = new SumsProjection("rebuilt", false);
        startHost(steady, rebuilt);
        SplittableRandom random = new SplittableRandom(12);
        appendRandom(random, 1_500);
        // Applied once before the rebuild, so the rebuild demonstrably applies those events a second time.
        awaitReached(host.agent("rebuilt"), journal.headSequence());
        host.agent("rebuilt").requestRebuild();
        appendRandom(random, 1_500);
        long head = journal.headSequence();
        awaitReached(host.agent("steady"), head);
        awaitReached(host.agent("rebuilt"), head);

        assertEquals(1, host.agent("rebuilt").rebuilds());
        assertEquals(0, host.agent("steady").rebuilds());
        assertEquals(events.expected(), steady.snapshot());
        assertEquals(steady.snapshot(), rebuilt.snapshot());
        assertTrue(host.agent("rebuilt").eventsApplied() > head, "replayed the head of the journal a second time");
        awaitAllCaughtUp(head);
    }

    @Test
    void shouldStopOnlyTheProjectionWhoseApplyThrows() throws InterruptedException {
        SumsProjection healthy = new SumsProjection("healthy", false);
        startHost(healthy, new SumsProjection("fragile", true));
        appendRandom(new SplittableRandom(13), 100);
        long poisoned = events.append(System.nanoTime(), SumsProjection.POISON_KEY, 1);
        appendRandom(new SplittableRandom(14), 100);
        long head = journal.headSequence();
        awaitReached(host.agent("healthy"), head);

        ProjectionAgent fragile = host.agent("fragile");
        AtomicInteger unreached = new AtomicInteger();
        CountDownLatch timedOut = new CountDownLatch(1);
        fragile.waiters().await(head, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50), (reached, watermark) -> {
            if (!reached && watermark == poisoned - 1) {
                unreached.incrementAndGet();
            }
            timedOut.countDown();
        });
        assertTrue(timedOut.await(GENEROUS_SECONDS, TimeUnit.SECONDS));
        assertEquals(1, unreached.get(), "the wait on the stopped projection times out at the event before the poison");
        assertEquals(ProjectionState.STOPPED_WITH_ERROR, fragile.state());
        assertEquals(poisoned - 1, fragile.watermark());
        assertTrue(fragile.error().getMessage().contains("failed to apply event " + poisoned), fragile.error().getMessage());
        assertEquals(ProjectionState.RUNNING, host.agent("healthy").state());
        assertEquals(events.expected(), healthy.snapshot());
    }

    @Test
    void shouldCompleteThousandsOfWaitsForJustAppendedSequences() throws InterruptedException {
        startHost(new SumsProjection("sums", false));
        ProjectionAgent agent = host.agent("sums");
        int waits = 5_000;
        CountDownLatch done = new CountDownLatch(waits);
        AtomicInteger wrong = new AtomicInteger();
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < waits; i++) {
            long sequence = events.append(System.nanoTime(), random.nextLong(8), 1 + random.nextInt(100));
            agent.waiters().await(sequence, System.nanoTime() + TimeUnit.SECONDS.toNanos(GENEROUS_SECONDS), (reached, watermark) -> {
                if (!reached || watermark < sequence) {
                    wrong.incrementAndGet();
                }
                done.countDown();
            });
        }
        assertTrue(done.await(GENEROUS_SECONDS, TimeUnit.SECONDS), "waits still pending: " + done.getCount());
        assertEquals(0, wrong.get());
        assertEquals(0, agent.waiters().pending());
        assertEquals(0, agent.waiters().timeouts());
    }

    @Test
    void shouldTimeOutAWaitForASequenceNeverWritten() throws InterruptedException {
        startHost(new SumsProjection("sums", false));
        long head = appendRandom(new SplittableRandom(16), 10);
        ProjectionAgent agent = host.agent("sums");
        long[] outcome = new long[2];
        CountDownLatch done = new CountDownLatch(1);
        agent.waiters().await(head + 1_000, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100), (reached, watermark) -> {
            outcome[0] = reached ? 1 : 0;
            outcome[1] = watermark;
            done.countDown();
        });
        assertTrue(done.await(GENEROUS_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, outcome[0]);
        assertEquals(head, outcome[1], "times out carrying the current watermark");
        assertEquals(1, agent.waiters().timeouts());
    }

    private void startHost(Projection... projections) {
        List<ProjectionAgent> agents = new java.util.ArrayList<>();
        for (Projection projection : projections) {
            agents.add(new ProjectionAgent(projection, journal.createReader(), config));
        }
        host = new ProjectionHost(config, agents);
        host.start();
    }

    /** Appends entries of one to three events on a few keys; returns the last sequence. */
    private long appendRandom(SplittableRandom random, int entries) {
        long last = 0;
        for (int i = 0; i < entries; i++) {
            long[] pairs = new long[2 * (1 + random.nextInt(3))];
            for (int p = 0; p < pairs.length; p += 2) {
                pairs[p] = random.nextLong(16);
                pairs[p + 1] = random.nextLong(-1_000, 1_000);
            }
            last = events.append(System.nanoTime(), pairs);
        }
        return last;
    }

    /**
     * An agent reports RUNNING on the duty cycle after the one that reached the head (when it first finds
     * nothing to read), which can come after a wait for the head completed; so this polls.
     */
    private void awaitAllCaughtUp(long sequence) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GENEROUS_SECONDS);
        while (!host.allCaughtUpTo(sequence) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        StringBuilder states = new StringBuilder();
        for (ProjectionAgent agent : host.agents()) {
            states.append(' ').append(agent.name()).append('=').append(agent.state()).append('@').append(agent.watermark());
        }
        assertTrue(host.allCaughtUpTo(sequence), "not all projections running at " + sequence + ":" + states);
    }

    private static void awaitReached(ProjectionAgent agent, long sequence) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        boolean[] reached = new boolean[1];
        agent.waiters().await(sequence, System.nanoTime() + TimeUnit.SECONDS.toNanos(GENEROUS_SECONDS), (ok, watermark) -> {
            reached[0] = ok;
            done.countDown();
        });
        assertTrue(done.await(GENEROUS_SECONDS + 5, TimeUnit.SECONDS));
        assertTrue(reached[0], agent.name() + " did not reach " + sequence + ": " + agent.state() + " at " + agent.watermark()
                + (agent.error() == null ? "" : ", " + agent.error().getMessage()));
    }
}
