package io.stowage.adapter.http.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.domain.event.StorageEvent;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An event on the wire, the same for subscribers and webhooks; every field is always present, null where
 * it does not apply (a bucket event has no path, size or version). The bucket's policy, which decides who
 * receives the event, is not shown.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record EventJson(
        long id,
        String type,
        String bucket,
        @Nullable String path,
        @JsonProperty("owner_id") @Nullable String ownerId,
        @Nullable Long size,
        @Nullable String version,
        String timestamp) {

    static EventJson of(StorageEvent event) {
        return new EventJson(event.id(), event.type().wireName(), event.bucket().value(),
                event.path().map(ObjectKey::value).orElse(null),
                event.owner().map(UserId::value).orElse(null),
                event.size().isPresent() ? event.size().getAsLong() : null,
                event.version().map(VersionId::toString).orElse(null),
                Timestamps.iso(event.timestamp()));
    }

    /** The JSON text of {@code event}: an SSE message's data, a webhook's body. */
    static String write(JsonMapper mapper, StorageEvent event) {
        try {
            return new String(mapper.writeValueAsBytes(of(event)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("an event could not be written as JSON", e);
        }
    }
}
