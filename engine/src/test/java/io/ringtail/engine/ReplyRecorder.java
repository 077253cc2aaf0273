package io.ringtail.engine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Test reply listener: copies each outcome into a queue the test thread takes from. */
public final class ReplyRecorder implements ReplyListener {
    /** A copy of one reply. */
    public record Outcome(long correlationId, int reason, long version, long replyLong0) {
    }

    private final BlockingQueue<Outcome> outcomes = new ArrayBlockingQueue<>(1 << 20);

    @Override
    public void onReply(CommandSlot slot) {
        outcomes.add(new Outcome(slot.correlationId(), slot.reason(), slot.version(), slot.replyBuffer().getLong(0)));
    }

    public Outcome take() throws InterruptedException {
        Outcome outcome = outcomes.poll(10, TimeUnit.SECONDS);
        if (outcome == null) {
            throw new AssertionError("no reply within 10 s");
        }
        return outcome;
    }

    public int pending() {
        return outcomes.size();
    }
}
