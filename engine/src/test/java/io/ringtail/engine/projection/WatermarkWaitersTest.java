package io.ringtail.engine.projection;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Waits driven by hand: a projection agent over an in-memory source, on a manual clock. */
class WatermarkWaitersTest {
    private final ManualClock clock = new ManualClock(0);
    private final ListEventSource source = new ListEventSource();
    private final ProjectionAgent agent = new ProjectionAgent(new SumsProjection("sums", false), source,
            new ProjectionConfig().maxPendingWaiters(3).epochClock(clock).nanoClock(clock));
    private final List<String> outcomes = new ArrayList<>();

    @Test
    void shouldAnswerAtOnceOnTheCallersThreadWhenAlreadyReached() {
        source.add(1, 0, 1, 1).add(2, 0, 1, 1);
        agent.doWork();
        agent.waiters().await(2, 10, record("a"));
        assertEquals(List.of("a:true@2"), outcomes);
        assertEquals(0, agent.waiters().pending());
    }

    @Test
    void shouldCompleteWaitsOnThePassThatReachesThemInSequenceOrder() {
        agent.waiters().await(2, 1_000, record("two"));
        agent.waiters().await(1, 1_000, record("one"));
        agent.waiters().await(3, 1_000, record("three"));
        source.add(1, 0, 1, 1);
        agent.doWork();
        assertEquals(List.of("one:true@1"), outcomes, "the wait for 1 completes after the batch that applied 1");
        source.add(2, 0, 1, 1).add(3, 0, 1, 1);
        agent.doWork();
        assertEquals(List.of("one:true@1", "two:true@3", "three:true@3"), outcomes);
        assertEquals(0, agent.waiters().pending());
    }

    @Test
    void shouldTimeOutWithTheCurrentWatermarkWhenIdle() {
        source.add(1, 0, 1, 1);
        agent.doWork();
        agent.waiters().await(5, 100, record("early"));
        agent.waiters().await(9, 300, record("late"));
        agent.doWork();
        clock.advance(100);
        agent.doWork();
        assertEquals(List.of("early:false@1"), outcomes);
        clock.advance(199);
        agent.doWork();
        assertEquals(1, outcomes.size(), "the later deadline has not passed yet");
        clock.advance(1);
        agent.doWork();
        assertEquals(List.of("early:false@1", "late:false@1"), outcomes);
        assertEquals(2, agent.waiters().timeouts());
    }

    @Test
    void shouldRefuseWaitsBeyondTheLimitAtOnce() {
        for (int i = 0; i < 5; i++) {
            agent.waiters().await(1, 1_000, record("w" + i));
        }
        assertEquals(List.of("w3:false@0", "w4:false@0"), outcomes);
        assertEquals(3, agent.waiters().pending());
        assertEquals(2, agent.waiters().refusals());
        source.add(1, 0, 1, 1);
        agent.doWork();
        assertEquals(0, agent.waiters().pending());
        agent.waiters().await(2, 1_000, record("again"));
        assertEquals(1, agent.waiters().pending(), "room again once waits complete");
    }

    @Test
    void shouldKeepWorkingWhenACallbackThrows() {
        agent.waiters().await(1, 1_000, (reached, watermark) -> {
            throw new IllegalStateException("caller bug");
        });
        agent.waiters().await(1, 1_000, record("next"));
        source.add(1, 0, 1, 1);
        agent.doWork();
        assertEquals(List.of("next:true@1"), outcomes);
        assertEquals(1, agent.waiters().callbackErrors());
        assertEquals(ProjectionState.CATCHING_UP, agent.state());
    }

    private WatermarkCallback record(String name) {
        return (reached, watermark) -> outcomes.add(name + ":" + reached + "@" + watermark);
    }
}
