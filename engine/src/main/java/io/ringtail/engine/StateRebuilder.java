package io.ringtail.engine;

/**
 * Restores the domain state from durable history after an in-memory failure left it uncertain
 * (an applier threw halfway, or the journal refused an append after state had changed).
 */
@FunctionalInterface
public interface StateRebuilder {
    /** Resets the domain and replays every journaled event; returns the last sequence replayed. */
    long rebuild();
}
