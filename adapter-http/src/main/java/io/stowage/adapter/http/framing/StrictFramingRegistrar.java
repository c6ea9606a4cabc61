package io.stowage.adapter.http.framing;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.json.JsonMapper;
import io.stowage.adapter.http.error.ApiError;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Registers {@link StrictFramingCustomizer} with the Netty server as it is created. */
@Singleton
final class StrictFramingRegistrar implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private final JsonMapper json;

    StrictFramingRegistrar(JsonMapper json) {
        this.json = json;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        NettyServerCustomizer.Registry registry = event.getBean();
        registry.register(new StrictFramingCustomizer(this::errorJson, null));
        return registry;
    }

    /** The same JSON error body every other error response carries. */
    private byte[] errorJson(Refusal refusal) {
        try {
            return json.writeValueAsBytes(ApiError.ofStatus(refusal.status(), refusal.message()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
