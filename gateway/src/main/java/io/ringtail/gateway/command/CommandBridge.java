package io.ringtail.gateway.command;

import io.ringtail.engine.Engine;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.ErrorResponder;
import io.ringtail.gateway.reply.CommandResponder;
import io.ringtail.gateway.reply.PendingCommand;
import io.ringtail.gateway.reply.ReplyRoute;
import io.vertx.ext.web.RoutingContext;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.SystemEpochNanoClock;

/**
 * One event loop's way into the ring: parks the request in the loop's {@link ReplyRoute}, stamps the
 * command with the wall clock (its only clock, stored in its events) and tries to publish it without
 * blocking. Either refusal (too many in flight on this loop, or the ring full) is a 503 the client retries.
 */
public final class CommandBridge {
    private final Engine engine;
    private final ReplyRoute route;
    private final Runnable onOverload;
    private final EpochNanoClock clock = new SystemEpochNanoClock();

    /** @param onOverload told of every 503 for lack of room (a metrics counter) */
    public CommandBridge(Engine engine, ReplyRoute route, Runnable onOverload) {
        this.engine = engine;
        this.route = route;
        this.onOverload = onOverload;
    }

    /**
     * @param attachment what {@code responder} needs from the request beyond the reply; may be null
     */
    public void publish(RoutingContext ctx, CommandRequest request, CommandResponder responder, Object attachment,
                        long receivedNanos) {
        long correlationId = route.register(new PendingCommand(ctx, responder, attachment, receivedNanos));
        if (correlationId < 0) {
            onOverload.run();
            ErrorResponder.send(ctx, ErrorCode.OVERLOADED, "too many commands in flight; retry later");
            return;
        }
        request.bind(route, correlationId, clock.nanoTime(), receivedNanos);
        if (!engine.tryPublish(CommandRequest.WRITER, request)) {
            route.cancel(correlationId);
            onOverload.run();
            ErrorResponder.send(ctx, ErrorCode.OVERLOADED, "the command ring is full; retry later");
        }
    }
}
