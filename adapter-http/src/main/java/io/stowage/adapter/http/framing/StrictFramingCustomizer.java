package io.stowage.adapter.http.framing;

import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import java.util.function.Function;

/**
 * Puts a {@link StrictFraming} right behind the HTTP/1 decoder of every connection, ahead of Micronaut,
 * so it sees each request head and body part before Micronaut does.
 */
final class StrictFramingCustomizer implements NettyServerCustomizer {

    static final String HANDLER_NAME = "stowage-strict-framing";

    private final Function<Refusal, byte[]> errorJson;
    private final Channel channel;

    StrictFramingCustomizer(Function<Refusal, byte[]> errorJson, Channel channel) {
        this.errorJson = errorJson;
        this.channel = channel;
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
        return role == ChannelRole.CONNECTION ? new StrictFramingCustomizer(errorJson, channel) : this;
    }

    @Override
    public void onStreamPipelineBuilt() {
        // only HTTP/1 connections have this codec; the server does not offer HTTP/2
        if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                && channel.pipeline().get(HANDLER_NAME) == null) {
            channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER_NAME,
                    new StrictFraming(errorJson));
        }
    }
}
