package io.ringtail.engine;

/**
 * Receives each command's outcome on the writer thread, after its events are journaled (and synced in
 * SYNC mode). Implementations hand the reply to wherever it belongs and return at once: they run on
 * the writer's hot path and must not block.
 */
public interface ReplyListener {
    /** The slot is valid only during the call: copy what is needed. */
    void onReply(CommandSlot slot);

    /** All replies of one ring batch have been delivered: flush anything batched per batch. */
    default void onBatchEnd() {
    }
}
