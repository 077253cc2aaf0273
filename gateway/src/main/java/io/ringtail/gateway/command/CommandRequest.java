package io.ringtail.gateway.command;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.CommandWriter;
import io.ringtail.gateway.reply.ReplyRoute;
import org.agrona.MutableDirectBuffer;

/**
 * A validated command waiting to be written into a ring slot. Each route owns one instance per event loop
 * and refills it per request: {@code tryPublish} runs the {@link #WRITER} synchronously on that loop, so
 * the instance is never shared, and the command is encoded straight into the claimed slot.
 *
 * <p>{@link #encode} must not throw: the ring publishes a claimed slot whatever happens, so everything
 * that can be wrong with a request is checked before it gets here.
 */
public abstract class CommandRequest {
    /** Non-capturing, hence one instance: publishing allocates nothing. */
    public static final CommandWriter<CommandRequest> WRITER = (slot, request) -> request.writeTo(slot);

    private ReplyRoute route;
    private long correlationId;
    private long timestamp;
    private long receivedNanos;

    final void bind(ReplyRoute route, long correlationId, long timestamp, long receivedNanos) {
        this.route = route;
        this.correlationId = correlationId;
        this.timestamp = timestamp;
        this.receivedNanos = receivedNanos;
    }

    private void writeTo(CommandSlot slot) {
        int length = encode(slot.payload());
        slot.request(type(), length, timestamp, receivedNanos, route, correlationId);
    }

    /** The domain's command type id. */
    protected abstract int type();

    /** Writes the payload from offset 0 and returns its length. */
    protected abstract int encode(MutableDirectBuffer payload);
}
