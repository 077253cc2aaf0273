package io.ringtail.engine.projection;

/** Where a projection's agent is in its life; readable from any thread. */
public enum ProjectionState {
    /** Started and replaying the journal; not yet caught up with it once. */
    CATCHING_UP,
    /** Caught up with the journal at least once since start or rebuild; follows new events. */
    RUNNING,
    /** Emptied its view and is replaying the journal from the first event. */
    REBUILDING,
    /** Met a gap or a failing event and applies nothing more until rebuilt; see the agent's error. */
    STOPPED_WITH_ERROR
}
