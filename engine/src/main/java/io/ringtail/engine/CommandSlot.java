package io.ringtail.engine;

import io.ringtail.engine.domain.Command;
import io.ringtail.engine.domain.Reply;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One pre-allocated ring entry: the command as a producer wrote it, then its outcome as the writer
 * decided it. Mutated in place, never allocated per command.
 */
public final class CommandSlot implements Command, Reply {
    public static final int PAYLOAD_CAPACITY = 192;

    private final UnsafeBuffer payload;
    private final UnsafeBuffer reply;
    private int type;
    private int length;
    private long commandId;
    private long timestamp;
    private long receivedNanos;
    private Object replyTarget;
    private long correlationId;
    private int reason;
    private long version;

    public CommandSlot() {
        this(new UnsafeBuffer(new byte[PAYLOAD_CAPACITY]), new UnsafeBuffer(new byte[Reply.CAPACITY]));
    }

    CommandSlot(UnsafeBuffer payload, UnsafeBuffer reply) {
        this.payload = payload;
        this.reply = reply;
    }

    /**
     * Producer side: fills the request part of the slot. The payload itself is written into {@link #payload()}.
     *
     * @param timestamp     epoch nanos, the command's only clock
     * @param receivedNanos monotonic nanos at receipt, for end-to-end latency
     * @param replyTarget   opaque to the engine: where the reply goes (a gateway connection, a test latch)
     */
    public void request(int type, int length, long timestamp, long receivedNanos, Object replyTarget, long correlationId) {
        if (length < 0 || length > PAYLOAD_CAPACITY) {
            throw new IllegalArgumentException("payload length " + length + " outside 0.." + PAYLOAD_CAPACITY);
        }
        this.type = type;
        this.length = length;
        this.timestamp = timestamp;
        this.receivedNanos = receivedNanos;
        this.replyTarget = replyTarget;
        this.correlationId = correlationId;
        this.reason = -1;
        this.version = 0;
    }

    public MutableDirectBuffer payload() {
        return payload;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public long commandId() {
        return commandId;
    }

    void commandId(long commandId) {
        this.commandId = commandId;
    }

    @Override
    public long timestamp() {
        return timestamp;
    }

    public long receivedNanos() {
        return receivedNanos;
    }

    @Override
    public org.agrona.DirectBuffer buffer() {
        return payload;
    }

    @Override
    public int length() {
        return length;
    }

    public Object replyTarget() {
        return replyTarget;
    }

    public long correlationId() {
        return correlationId;
    }

    /** Outcome: {@code Reasons.ACCEPTED} or a rejection code. */
    public int reason() {
        return reason;
    }

    void reason(int reason) {
        this.reason = reason;
    }

    /** Version token: sequence of the command's last event (or the original's, for an idempotent retry). */
    public long version() {
        return version;
    }

    @Override
    public void version(long version) {
        this.version = version;
    }

    /** The domain's reply bytes ({@link Reply#CAPACITY} of them). */
    @Override
    public MutableDirectBuffer replyBuffer() {
        return reply;
    }

    /**
     * The batch's group commit failed: an accepted command's effect is in memory and in the mapped file
     * but not known durable, so it is reported as {@code JOURNAL_UNAVAILABLE} rather than acknowledged.
     */
    void markUncommitted() {
        if (reason == io.ringtail.engine.domain.Reasons.ACCEPTED) {
            reason = io.ringtail.engine.domain.Reasons.JOURNAL_UNAVAILABLE;
        }
    }

    void resetOutcome() {
        reason = -1;
        version = 0;
        reply.setMemory(0, Reply.CAPACITY, (byte) 0);
    }
}
