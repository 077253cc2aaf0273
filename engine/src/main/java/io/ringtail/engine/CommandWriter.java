package io.ringtail.engine;

/**
 * Writes one command into a claimed ring slot: {@link CommandSlot#request} plus the payload bytes.
 * Pass a constant (not a capturing lambda) so publishing does not allocate.
 */
@FunctionalInterface
public interface CommandWriter<A> {
    void write(CommandSlot slot, A argument);
}
