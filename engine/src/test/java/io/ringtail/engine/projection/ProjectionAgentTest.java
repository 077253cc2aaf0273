package io.ringtail.engine.projection;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agent's duty cycle driven by hand on the test thread, over in-memory sources. */
class ProjectionAgentTest {
    private final ManualClock clock = new ManualClock(1_000_000_000L);
    private final ProjectionConfig config = new ProjectionConfig().batchEntries(2).epochClock(clock).nanoClock(clock);

    @Test
    void shouldApplyInOrderPublishTheWatermarkAndBecomeRunning() {
        ListEventSource source = new ListEventSource().add(1, 0, 7, 10).add(2, 0, 7, 5).add(3, 0, 8, 1);
        SumsProjection sums = new SumsProjection("sums", false);
        ProjectionAgent agent = new ProjectionAgent(sums, source, config);
        assertEquals(ProjectionState.CATCHING_UP, agent.state());

        agent.doWork();
        assertEquals(2, agent.watermark(), "one batch of two entries");
        assertEquals(ProjectionState.CATCHING_UP, agent.state());
        drain(agent);
        assertEquals(3, agent.watermark());
        assertEquals(3, agent.eventsApplied());
        assertEquals(ProjectionState.RUNNING, agent.state());
        assertEquals(Map.of(7L, 15L, 8L, 1L), sums.snapshot());
    }

    @Test
    void shouldSkipRedeliveredEvents() {
        ListEventSource source = new ListEventSource().add(1, 0, 7, 10).add(2, 0, 7, 5).add(2, 0, 7, 5).add(1, 0, 7, 10).add(3, 0, 7, 1);
        SumsProjection sums = new SumsProjection("sums", false);
        ProjectionAgent agent = new ProjectionAgent(sums, source, config);
        drain(agent);
        assertEquals(3, agent.watermark());
        assertEquals(3, agent.eventsApplied());
        assertEquals(Map.of(7L, 16L), sums.snapshot());
        assertEquals(ProjectionState.RUNNING, agent.state());
    }

    @Test
    void shouldStopLoudlyOnAGapAndApplyNothingAfterIt() {
        ListEventSource source = new ListEventSource().add(1, 0, 7, 10).add(2, 0, 7, 5).add(4, 0, 7, 100).add(5, 0, 7, 100);
        SumsProjection sums = new SumsProjection("sums", false);
        ProjectionAgent agent = new ProjectionAgent(sums, source, config);
        drain(agent);
        assertEquals(ProjectionState.STOPPED_WITH_ERROR, agent.state());
        assertEquals(2, agent.watermark());
        assertEquals(1, agent.errors());
        String message = agent.error().getMessage();
        assertTrue(message.contains("gap") && message.contains("applied up to 2") && message.contains("3..3"), message);
        assertEquals(Map.of(7L, 15L), sums.snapshot());
        assertEquals(0, agent.doWork(), "a stopped projection polls nothing");
    }

    @Test
    void shouldStopWhenApplyThrowsKeepingWhatWasAppliedBefore() {
        ListEventSource source = new ListEventSource().add(1, 0, 7, 10).add(2, 0, SumsProjection.POISON_KEY, 1).add(3, 0, 7, 1);
        ProjectionAgent agent = new ProjectionAgent(new SumsProjection("sums", true), source, config);
        drain(agent);
        assertEquals(ProjectionState.STOPPED_WITH_ERROR, agent.state());
        assertEquals(1, agent.watermark());
        assertTrue(agent.error().getMessage().contains("failed to apply event 2"), agent.error().getMessage());
        assertTrue(agent.error().getCause() instanceof IllegalStateException);
    }

    @Test
    void shouldRebuildFromTheFirstEventAfterAStop() {
        ListEventSource source = new ListEventSource().add(1, 0, 7, 10).add(3, 0, 7, 5);
        SumsProjection sums = new SumsProjection("sums", false);
        ProjectionAgent agent = new ProjectionAgent(sums, source, config);
        drain(agent);
        assertEquals(ProjectionState.STOPPED_WITH_ERROR, agent.state());

        agent.requestRebuild();
        agent.doWork();
        assertEquals(ProjectionState.STOPPED_WITH_ERROR, agent.state(), "the gap is still there, so it stops again");
        assertEquals(2, agent.errors());
        assertEquals(1, agent.rebuilds());
        assertEquals(Map.of(7L, 10L), sums.snapshot(), "rebuilt from empty, not added twice");
    }

    @Test
    void shouldRecordWriteToVisibleLatencyAndEstimateLag() {
        ListEventSource source = new ListEventSource();
        long stamped = clock.nanoTime();
        for (int sequence = 1; sequence <= 4; sequence++) {
            source.add(sequence, stamped + sequence, 1, 1);
        }
        ProjectionAgent agent = new ProjectionAgent(new SumsProjection("sums", false), source, config);
        clock.advance(5_000_000);
        agent.doWork();
        assertEquals(stamped + 2, agent.lastAppliedTimestamp());
        assertEquals(5_000_000 - 2, agent.lagNanos(4, clock.nanoTime()), "behind: aged from the last applied event");
        drain(agent);
        assertEquals(0, agent.lagNanos(4, clock.nanoTime()), "at the head");

        Histogram histogram = agent.sampleWriteToVisible(null);
        assertEquals(4, histogram.getTotalCount());
        assertTrue(histogram.valuesAreEquivalent(5_000_000 - 4, histogram.getMinValue()), "min " + histogram.getMinValue());
        assertEquals(0, agent.sampleWriteToVisible(histogram).getTotalCount(), "interval sampling starts afresh");
    }

    @Test
    void shouldCloseItsSourceAndRefuseWaitsAfterClose() {
        ListEventSource source = new ListEventSource();
        ProjectionAgent agent = new ProjectionAgent(new SumsProjection("sums", false), source, config);
        long[] outcome = {-1, -1};
        agent.waiters().await(1, Long.MAX_VALUE, (reached, watermark) -> outcome[0] = reached ? 1 : 0);
        agent.doWork();
        agent.onClose();
        assertTrue(source.closed);
        assertEquals(0, outcome[0], "pending wait completed unreached at shutdown");
        agent.waiters().await(1, Long.MAX_VALUE, (reached, watermark) -> outcome[1] = reached ? 1 : 0);
        assertEquals(0, outcome[1], "wait after close refused at once");
        assertEquals(0, agent.waiters().pending());
        assertNull(agent.error());
    }

    private static void drain(ProjectionAgent agent) {
        for (int cycle = 0; cycle < 100 && agent.doWork() > 0; cycle++) {
            // keep working until a cycle finds nothing
        }
    }
}
