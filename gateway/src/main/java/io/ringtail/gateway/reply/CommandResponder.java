package io.ringtail.gateway.reply;

import io.vertx.ext.web.RoutingContext;
import org.agrona.DirectBuffer;

/** Turns an accepted command's reply into its HTTP success response, on the request's event loop. */
@FunctionalInterface
public interface CommandResponder {
    /** @param reply the domain's reply bytes from offset 0, valid only during the call */
    void accepted(RoutingContext ctx, PendingCommand pending, long version, DirectBuffer reply);
}
