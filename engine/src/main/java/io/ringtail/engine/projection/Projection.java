package io.ringtail.engine.projection;

import io.ringtail.journal.EventRecord;

/**
 * Folds journal events into one read view. Called only from its projection's agent thread (a single
 * writer); the view it fills is read concurrently by query threads.
 */
public interface Projection {
    /** Stable name, used for metrics, health and logs. */
    String name();

    /**
     * Folds one event into the view. Events arrive once each, in sequence order, without gaps. An
     * exception stops this projection (and only it) until it is rebuilt; the event is not counted as applied.
     */
    void apply(EventRecord event);

    /** Empties the view before a rebuild replays the journal from its first event. */
    void reset();
}
