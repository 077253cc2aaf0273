package io.ringtail.gateway.reply;

import io.vertx.ext.web.RoutingContext;

/**
 * A command published to the ring whose HTTP request waits for its outcome. Lives in its event loop's
 * {@link ReplyRoute} only, so it is touched by that loop's thread alone.
 *
 * @param attachment what the responder needs from the request that the reply does not carry
 *                   (the clientOrderId of an order, say); may be null
 */
public record PendingCommand(RoutingContext ctx, CommandResponder responder, Object attachment, long receivedNanos) {
}
