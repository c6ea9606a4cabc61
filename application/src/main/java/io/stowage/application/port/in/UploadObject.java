package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ContentDigest;
import io.stowage.domain.value.ContentType;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Stores a new version of an object from a stream, after every check that needs no byte of it. */
public interface UploadObject {

    /**
     * @param declaredLength the length the client announced, checked before the body is read
     * @param upsert whether an existing object may be replaced
     * @param content read only once every check has passed
     * @param precondition what the object at the path must be (If-Match, If-None-Match); checked
     *     before the body is read and again at the commit
     * @param expectedDigests digests the client sent; a body that does not match any of them is not kept
     * @param contentEncoding the Content-Encoding the client declared; the body is stored as sent, never decoded
     */
    record Command(Principal caller, BucketName bucket, ObjectKey key, ContentType contentType,
            OptionalLong declaredLength, boolean upsert, Optional<String> cacheControl,
            Optional<String> userMetadata, InputStream content, ObjectPrecondition precondition,
            List<ContentDigest> expectedDigests, Optional<String> contentEncoding) {

        public Command {
            expectedDigests = List.copyOf(expectedDigests);
            contentEncoding = contentEncoding == null ? Optional.empty() : contentEncoding;
        }

        /** A command for a body sent without a Content-Encoding. */
        public Command(Principal caller, BucketName bucket, ObjectKey key, ContentType contentType,
                OptionalLong declaredLength, boolean upsert, Optional<String> cacheControl,
                Optional<String> userMetadata, InputStream content, ObjectPrecondition precondition,
                List<ContentDigest> expectedDigests) {
            this(caller, bucket, key, contentType, declaredLength, upsert, cacheControl, userMetadata, content,
                    precondition, expectedDigests, Optional.empty());
        }
    }

    StoredObject upload(Command command);
}
