package io.stowage.application.port.in;

import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.value.ContentDigest;
import io.stowage.domain.value.ContentType;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an upload request sends, whoever sends it and wherever it goes: the bytes with what the client
 * says about them, and the conditions it puts on the write.
 *
 * @param declaredLength the length the client announced, checked before the body is read
 * @param content read only once every check has passed
 * @param precondition what the object at the path must be (If-Match, If-None-Match); checked before the
 *     body is read and again at the commit
 * @param expectedDigests digests the client sent; a body that does not match any of them is not kept
 * @param contentEncoding the Content-Encoding the client declared; the body is stored as sent, never decoded
 */
public record UploadBody(ContentType contentType, OptionalLong declaredLength, Optional<String> cacheControl,
        Optional<String> userMetadata, InputStream content, ObjectPrecondition precondition,
        List<ContentDigest> expectedDigests, Optional<String> contentEncoding) {

    public UploadBody {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(declaredLength, "declaredLength");
        Objects.requireNonNull(cacheControl, "cacheControl");
        Objects.requireNonNull(userMetadata, "userMetadata");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(precondition, "precondition");
        expectedDigests = List.copyOf(expectedDigests);
        Objects.requireNonNull(contentEncoding, "contentEncoding");
    }
}
