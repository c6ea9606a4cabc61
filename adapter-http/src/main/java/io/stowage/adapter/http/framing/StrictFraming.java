package io.stowage.adapter.http.framing;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sits between Netty's HTTP/1 decoder and Micronaut, one per connection, and makes two guarantees the
 * pair does not give on its own.
 *
 * <p>A body whose framing breaks never looks complete. Netty reports a bad chunk as a {@code LastHttpContent}
 * carrying a failed {@code DecoderResult}, which Micronaut takes for a clean end of body: the upload
 * would commit the bytes read so far. This handler swallows that content and raises {@link BrokenBody}
 * instead, which Micronaut hands to the body stream as an error, so the upload fails, compensates and
 * answers 400. The connection is then closed after that answer: the decoder has lost its place in the
 * byte stream, so nothing after it can be trusted to be a request.
 *
 * <p>A request head that is not plain HTTP/1.1 framing ({@link FramingRules}) never reaches a route: it
 * is answered here with the JSON error shape and the connection closed, and any request pipelined after
 * it is dropped unanswered. The answer waits for the responses to the requests before it, so that the
 * responses on the connection stay in order.
 */
final class StrictFraming extends ChannelDuplexHandler {

    private final Function<Refusal, byte[]> errorJson;
    /** Requests handed to Micronaut whose response has not been written to its end. */
    private int unanswered;
    /** Whether the response being written is an interim one (100 Continue), which answers nothing. */
    private boolean interim;
    /** Whether the connection ends once every request handed on has been answered. */
    private boolean closing;
    /** Everything read after a refusal or a broken body is dropped: its framing cannot be trusted. */
    private boolean dropping;
    private Refusal pending;

    StrictFraming(Function<Refusal, byte[]> errorJson) {
        this.errorJson = errorJson;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (dropping) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            Optional<Refusal> refusal = FramingRules.check(request);
            if (refusal.isPresent()) {
                ReferenceCountUtil.release(msg);
                refuse(ctx, refusal.get());
                return;
            }
            unanswered++;
        } else if (msg instanceof HttpContent content && content.decoderResult().isFailure()) {
            Throwable cause = content.decoderResult().cause();
            ReferenceCountUtil.release(msg);
            dropping = true;
            closing = true;
            ctx.fireExceptionCaught(new BrokenBody(cause));
            closeIfAnswered(ctx);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    private void refuse(ChannelHandlerContext ctx, Refusal refusal) {
        dropping = true;
        closing = true;
        pending = refusal;
        closeIfAnswered(ctx);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse response) {
            interim = response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
            if (!interim && closing && unanswered == 1 && pending == null) {
                // the last answer before the connection closes says so
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            }
        }
        if (!(msg instanceof LastHttpContent) || interim) {
            ctx.write(msg, promise);
            return;
        }
        unanswered = Math.max(0, unanswered - 1);
        if (!closing || unanswered > 0) {
            ctx.write(msg, promise);
            return;
        }
        ctx.write(msg, promise);
        if (pending != null) {
            writeRefusal(ctx);
        } else {
            closeAfterFlush(ctx);
        }
    }

    private void closeIfAnswered(ChannelHandlerContext ctx) {
        if (unanswered > 0) {
            return;
        }
        if (pending != null) {
            writeRefusal(ctx);
        } else {
            closeAfterFlush(ctx);
        }
    }

    /** Closes once everything written so far, perhaps not yet flushed, has gone out. */
    private static void closeAfterFlush(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    private void writeRefusal(ChannelHandlerContext ctx) {
        Refusal refusal = pending;
        pending = null;
        byte[] body = errorJson.apply(refusal);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(refusal.status().getCode()), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
