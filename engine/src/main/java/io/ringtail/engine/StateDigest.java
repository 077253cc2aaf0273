package io.ringtail.engine;

import io.ringtail.engine.domain.Reasons;
import org.agrona.DirectBuffer;

/**
 * A control entry on the ring that asks the writer for a digest of its state: the sequence of the last
 * journaled event and {@code Domain.stateHash()} at that sequence. The domain's state may only be read on
 * the writer thread, so the question travels through the ring like any command, without a lock, and the
 * answer comes back through the {@link ReplyListener} as an accepted reply whose version is that sequence.
 * The domain never sees it; nothing is journaled; it costs one pass over the state (an admin call, not
 * the hot path).
 */
public final class StateDigest {
    /** Command type of the control entry: negative, so it can never collide with a domain's types. */
    public static final int COMMAND_TYPE = -1;

    private static final int STATE_HASH_OFFSET = 0;

    private StateDigest() {
    }

    /** Reads the state hash from an accepted digest reply's bytes. */
    public static long stateHash(DirectBuffer reply) {
        return reply.getLong(STATE_HASH_OFFSET);
    }

    static void answer(CommandSlot slot, long stateHash, long lastSequence) {
        slot.replyBuffer().putLong(STATE_HASH_OFFSET, stateHash);
        slot.reason(Reasons.ACCEPTED);
        slot.version(lastSequence);
    }
}
