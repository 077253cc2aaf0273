package io.ringtail.gateway.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Vert.x answers a request of any HTTP version but 1.0 and 1.1 ({@code HTTP/9.9}, the cleartext HTTP/2
 * preface {@code PRI * HTTP/2.0}) by itself, before any handler of ours: 501, an empty body, the client's
 * version echoed in the status line. This Netty handler, right after the request decoder, marks such a
 * request as one the decoder failed on, so it goes to the {@link InvalidRequestHandler} like every other
 * request that cannot be read, and answers as HTTP/1.1. One shared instance, stateless; for a request of a
 * supported version it only passes the message on.
 */
@ChannelHandler.Sharable
public final class HttpVersionCheck extends ChannelInboundHandlerAdapter {
    public static final HttpVersionCheck INSTANCE = new HttpVersionCheck();
    private static final String NAME = "ringtailHttpVersionCheck";
    /** Where Vert.x names its HTTP/1.x request decoder in the pipeline. */
    private static final String DECODER = "httpDecoder";

    private HttpVersionCheck() {
    }

    /** The failure a marked request carries; the version text itself stays out of it (and out of logs). */
    static final class UnsupportedVersion extends RuntimeException {
        UnsupportedVersion() {
            super("unsupported HTTP version", null, false, false);
        }
    }

    private static final UnsupportedVersion UNSUPPORTED = new UnsupportedVersion();

    /** Adds the check to an HTTP/1.x connection's pipeline; a connection of another kind is left alone. */
    public static void install(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            ChannelPipeline pipeline = base.channelHandlerContext().pipeline();
            if (pipeline.get(DECODER) != null && pipeline.get(NAME) == null) {
                pipeline.addAfter(DECODER, NAME, INSTANCE);
            }
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request && request.decoderResult().isSuccess()) {
            HttpVersion version = request.protocolVersion();
            // Vert.x tells the versions apart by identity, so does this.
            if (version != HttpVersion.HTTP_1_1 && version != HttpVersion.HTTP_1_0) {
                request.setProtocolVersion(HttpVersion.HTTP_1_1);
                request.setDecoderResult(DecoderResult.failure(UNSUPPORTED));
            }
        }
        ctx.fireChannelRead(msg);
    }
}
