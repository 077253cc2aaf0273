package io.ringtail.engine;

/**
 * Told on the writer thread after each batch whose journal commit succeeded, once the batch's replies have
 * left: where the writer's share of state snapshots hooks in. Must return quickly and never throw.
 */
@FunctionalInterface
public interface BatchCommitListener {
    /** For an engine whose writer has nothing to do after a commit. */
    BatchCommitListener NONE = lastSequence -> { };

    /** @param lastSequence the last event journaled */
    void onBatchCommitted(long lastSequence);
}
