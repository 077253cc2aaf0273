package io.ringtail.gateway.reply;

import io.ringtail.engine.CommandSlot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyQueueTest {
    @Test
    void shouldDeliverInOrderAndRefuseWhenFullUntilDrained() {
        ReplyQueue queue = new ReplyQueue(4);
        CommandSlot slot = new CommandSlot();
        for (int i = 1; i <= 4; i++) {
            slot.request(1, 0, 0, 0, null, i);
            slot.version(100 + i);
            slot.replyBuffer().putLong(0, 1000 + i);
            assertTrue(queue.offer(slot));
        }
        assertFalse(queue.offer(slot), "a fifth reply does not fit four entries");

        List<String> seen = new ArrayList<>();
        assertEquals(4, queue.drain((id, reason, version, reply) -> seen.add(id + ":" + version + ":" + reply.getLong(0))));
        assertEquals(List.of("1:101:1001", "2:102:1002", "3:103:1003", "4:104:1004"), seen);
        assertTrue(queue.offer(slot), "room again after the drain");
        assertEquals(1, queue.drain((id, reason, version, reply) -> { }));
    }

    @Test
    void shouldHandRepliesAcrossThreadsWithoutLosingAny() throws Exception {
        ReplyQueue queue = new ReplyQueue(64);
        int total = 200_000;
        Thread producer = new Thread(() -> {
            CommandSlot slot = new CommandSlot();
            for (int i = 1; i <= total; i++) {
                slot.request(1, 0, 0, 0, null, i);
                slot.replyBuffer().putLong(8, i * 3L);
                while (!queue.offer(slot)) {
                    Thread.onSpinWait();
                }
            }
        });
        producer.start();
        long[] expected = {1};
        while (expected[0] <= total) {
            queue.drain((id, reason, version, reply) -> {
                assertEquals(expected[0], id);
                assertEquals(expected[0] * 3, reply.getLong(8), "reply bytes travel with their id");
                expected[0]++;
            });
        }
        producer.join();
    }
}
