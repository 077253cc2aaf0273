package io.ringtail.engine.domain;

import java.util.Optional;

/**
 * A domain plugged into the engine: a deterministic, single-threaded state machine. The engine calls it
 * only from the writer thread (and from recovery before that thread starts). No clock, log or I/O inside.
 */
public interface Domain {
    /** Decides commands against the current state without changing it. */
    CommandHandler commandHandler();

    /** The only code that changes state: folds one event into it. */
    EventApplier eventApplier();

    /** Empties the state, as before the first event; recovery replays the journal after it. */
    void reset();

    /** A hash of the whole state, equal for equal states whatever the history of allocation. */
    long stateHash();

    /**
     * The codec that snapshots this domain's state, or empty when the domain has none: it then always
     * recovers by replaying the whole journal.
     */
    default Optional<SnapshotCodec> snapshotCodec() {
        return Optional.empty();
    }

    /** Stable upper-case name of a rejection reason code, e.g. {@code UNKNOWN_ACCOUNT}. */
    String reasonName(int reason);

    /** Stable name of a command type, for metrics and logs. */
    String commandName(int type);
}
