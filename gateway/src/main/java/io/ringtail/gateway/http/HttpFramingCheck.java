package io.ringtail.gateway.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

import java.util.List;

/**
 * Request heads Netty decodes without complaint but that leave the request unframed, marked right after the
 * request decoder as heads the decoder failed on, so they go to the {@link InvalidRequestHandler} like every
 * other request that cannot be read: answered in the error shape as HTTP/1.1, the connection then closed.
 * <ul>
 *   <li>An HTTP version other than 1.0 and 1.1 ({@code HTTP/9.9}, the cleartext HTTP/2 preface
 *       {@code PRI * HTTP/2.0}): Vert.x would answer it by itself, before any handler of ours, 501 with an
 *       empty body and the client's version echoed in the status line.</li>
 *   <li>A {@code Transfer-Encoding} other than {@code chunked} alone ({@code chunked, gzip}, {@code gzip},
 *       {@code identity}): Netty reads a body as chunked when any coding says so, and none otherwise, where
 *       HTTP says such a request's length cannot be known and must be refused (and a proxy in front may frame
 *       it otherwise: the request-smuggling class). Left alone it waited for chunks until the idle timeout.</li>
 * </ul>
 * One shared instance, stateless; a well-framed request costs a version comparison and a header lookup.
 */
@ChannelHandler.Sharable
public final class HttpFramingCheck extends ChannelInboundHandlerAdapter {
    public static final HttpFramingCheck INSTANCE = new HttpFramingCheck();
    private static final String NAME = "ringtailHttpFramingCheck";
    /** Where Vert.x names its HTTP/1.x request decoder in the pipeline. */
    private static final String DECODER = "httpDecoder";

    private HttpFramingCheck() {
    }

    /** The failure a marked request carries; the version text itself stays out of it (and out of logs). */
    static final class UnsupportedVersion extends RuntimeException {
        UnsupportedVersion() {
            super("unsupported HTTP version", null, false, false);
        }
    }

    /** The failure of a request whose body length cannot be known from its Transfer-Encoding. */
    static final class UnframedBody extends RuntimeException {
        UnframedBody() {
            super("Transfer-Encoding other than chunked alone", null, false, false);
        }
    }

    private static final UnsupportedVersion UNSUPPORTED = new UnsupportedVersion();
    private static final UnframedBody UNFRAMED = new UnframedBody();

    /** Adds the checks to an HTTP/1.x connection's pipeline; a connection of another kind is left alone. */
    public static void install(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            ChannelPipeline pipeline = base.channelHandlerContext().pipeline();
            if (pipeline.get(DECODER) != null && pipeline.get(NAME) == null) {
                pipeline.addAfter(DECODER, NAME, INSTANCE);
            }
        }
    }

    private static boolean chunkedAlone(HttpRequest request) {
        List<String> codings = request.headers().getAll(HttpHeaderNames.TRANSFER_ENCODING);
        return codings.size() == 1 && codings.get(0).trim().equalsIgnoreCase("chunked");
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request && request.decoderResult().isSuccess()) {
            HttpVersion version = request.protocolVersion();
            // Vert.x tells the versions apart by identity, so does this.
            if (version != HttpVersion.HTTP_1_1 && version != HttpVersion.HTTP_1_0) {
                request.setProtocolVersion(HttpVersion.HTTP_1_1);
                request.setDecoderResult(DecoderResult.failure(UNSUPPORTED));
            } else if (request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING) && !chunkedAlone(request)) {
                request.setDecoderResult(DecoderResult.failure(UNFRAMED));
            }
        }
        ctx.fireChannelRead(msg);
    }
}
