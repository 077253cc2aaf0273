package io.ringtail.engine;

import io.ringtail.engine.domain.Command;
import io.ringtail.engine.domain.CommandHandler;
import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.domain.EventApplier;
import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A full ring is reported to the producer at once, and nothing published before it is lost. */
class RingFullTest {
    @TempDir
    Path dir;

    @Test
    void shouldRefuseWithoutBlockingWhenTheRingIsFullThenRecover() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        GatedDomain domain = new GatedDomain(gate);
        ReplyRecorder replies = new ReplyRecorder();
        try (Engine engine = new Engine(new EngineConfig().dataDirectory(dir).ringSize(8), domain, replies)) {
            int published = 0;
            long start = System.nanoTime();
            while (published < 100 && engine.tryPublish(RingFullTest::write, published)) {
                published++;
            }
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(published >= 8 && published <= 9, "ring of 8 (+1 held by the writer) took " + published);
            assertFalse(engine.tryPublish(RingFullTest::write, 100));
            assertTrue(elapsedMillis < 5_000, "tryPublish must not wait for room");
            gate.countDown();
            for (int i = 0; i < published; i++) {
                assertEquals(Reasons.ACCEPTED, replies.take().reason());
            }
            // The writer frees the batch's slots just after handing out its replies.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean room = false;
            while (!room && System.nanoTime() < deadline) {
                room = engine.tryPublish(RingFullTest::write, 101);
                Thread.onSpinWait();
            }
            assertTrue(room, "room again once the writer caught up");
            assertEquals(Reasons.ACCEPTED, replies.take().reason());
        }
    }

    private static void write(CommandSlot slot, Integer correlation) {
        slot.request(1, 0, 0, 0, null, correlation);
    }

    /** Holds the writer at its first command until the gate opens; each command emits one empty event. */
    private static final class GatedDomain implements Domain {
        private final CountDownLatch gate;

        GatedDomain(CountDownLatch gate) {
            this.gate = gate;
        }

        @Override
        public CommandHandler commandHandler() {
            return this::handle;
        }

        private int handle(Command command, EventSink sink, Reply reply) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sink.claim(1, 1, 0);
            return Reasons.ACCEPTED;
        }

        @Override
        public EventApplier eventApplier() {
            return event -> { };
        }

        @Override
        public void reset() {
        }

        @Override
        public long stateHash() {
            return 0;
        }

        @Override
        public String reasonName(int reason) {
            return Reasons.sharedName(reason);
        }

        @Override
        public String commandName(int type) {
            return "gated";
        }
    }
}
