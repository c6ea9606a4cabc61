package io.stowage.adapter.http.object;

import io.stowage.domain.value.ContentType;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an upload request carries besides its address: the bytes and the metadata that goes with them.
 * {@code contentEncoding} labels the bytes, which are stored as sent.
 */
record UploadSource(ContentType contentType, OptionalLong declaredLength, Optional<String> cacheControl,
        Optional<String> userMetadata, InputStream content, Optional<String> contentEncoding) {
}
