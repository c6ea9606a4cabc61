package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ContentType;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;

/** Stores a new version of an object from a stream, after every check that needs no byte of it. */
public interface UploadObject {

    /**
     * @param declaredLength the length the client announced, checked before the body is read
     * @param upsert whether an existing object may be replaced
     * @param content read only once every check has passed
     */
    record Command(Principal caller, BucketName bucket, ObjectKey key, ContentType contentType,
            OptionalLong declaredLength, boolean upsert, Optional<String> cacheControl,
            Optional<String> userMetadata, InputStream content) {
    }

    StoredObject upload(Command command);
}
