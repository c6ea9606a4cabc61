package io.stowage.application.service;

import io.stowage.domain.value.ContentType;
import java.util.Objects;
import java.util.Optional;

/** What a writer says about the bytes besides the bytes: stored with the new version as given. */
public record ObjectDetails(ContentType contentType, Optional<String> cacheControl, Optional<String> userMetadata,
        Optional<String> contentEncoding) {

    public ObjectDetails {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(cacheControl, "cacheControl");
        Objects.requireNonNull(userMetadata, "userMetadata");
        Objects.requireNonNull(contentEncoding, "contentEncoding");
    }
}
