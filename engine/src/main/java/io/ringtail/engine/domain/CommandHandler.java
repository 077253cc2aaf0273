package io.ringtail.engine.domain;

/**
 * Validates a command against the current state and emits the events it causes. It must not change
 * state: the engine applies the emitted events through {@link EventApplier} after it returns. Anything
 * that depends on the effect of an earlier event of the same command (matching, say) is worked out by
 * the handler from the unchanged state.
 */
@FunctionalInterface
public interface CommandHandler {
    /**
     * @return {@link Reasons#ACCEPTED} after emitting zero or more events and writing the reply, or a
     *         rejection reason code (then anything emitted is discarded)
     */
    int handle(Command command, EventSink sink, Reply reply);
}
