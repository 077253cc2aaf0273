package io.ringtail.engine;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;

/**
 * The ring's only consumer stage: runs each command through the {@link CommandProcessor}, and at the end
 * of a batch commits the journal (group commit) before handing the batch's replies out. A reply is
 * therefore never delivered before its command's events are journaled.
 */
final class BusinessLogicHandler implements EventHandler<CommandSlot> {
    private final RingBuffer<CommandSlot> ring;
    private final CommandProcessor processor;
    private final ReplyListener replies;
    private final ReplyFailures failures;
    private final BatchCommitListener afterCommit;
    private long batchStart = -1;

    /** @param afterCommit told after each committed batch (the writer's snapshot captures) */
    BusinessLogicHandler(RingBuffer<CommandSlot> ring, CommandProcessor processor, ReplyListener replies,
                         ReplyFailures failures, BatchCommitListener afterCommit) {
        this.ring = ring;
        this.afterCommit = afterCommit;
        this.processor = processor;
        this.replies = replies;
        this.failures = failures;
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        if (batchStart < 0) {
            batchStart = sequence;
        }
        processor.process(slot);
        if (endOfBatch) {
            commitAndReply(sequence);
        }
    }

    private void commitAndReply(long lastInBatch) {
        boolean committed = processor.endOfBatch();
        for (long s = batchStart; s <= lastInBatch; s++) {
            CommandSlot slot = ring.get(s);
            if (!committed) {
                slot.markUncommitted();
            }
            try {
                replies.onReply(slot);
            } catch (RuntimeException e) {
                failures.onReplyFailure(e);
            }
        }
        batchStart = -1;
        try {
            replies.onBatchEnd();
        } catch (RuntimeException e) {
            failures.onReplyFailure(e);
        }
        // After the replies, so a snapshot capture never delays the batch it follows.
        if (committed) {
            afterCommit.onBatchCommitted(processor.lastSequence());
        }
    }

    /** Where the handler reports a reply listener that threw, so one bad reply never stops the writer. */
    @FunctionalInterface
    interface ReplyFailures {
        void onReplyFailure(RuntimeException e);
    }
}
