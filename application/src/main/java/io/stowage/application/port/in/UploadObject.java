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
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Stores a new version of an object from a stream, after every check that needs no byte of it. */
public interface UploadObject {

    /**
     * The fields are those of {@link UploadBody} plus who uploads, where, and whether an existing object
     * may be replaced ({@code upsert}).
     */
    record Command(Principal caller, BucketName bucket, ObjectKey key, ContentType contentType,
            OptionalLong declaredLength, boolean upsert, Optional<String> cacheControl,
            Optional<String> userMetadata, InputStream content, ObjectPrecondition precondition,
            List<ContentDigest> expectedDigests, Optional<String> contentEncoding) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(key, "key");
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

        /** {@code caller}'s upload of {@code body} to {@code bucket}/{@code key}. */
        public Command(Principal caller, BucketName bucket, ObjectKey key, boolean upsert, UploadBody body) {
            this(caller, bucket, key, body.contentType(), body.declaredLength(), upsert, body.cacheControl(),
                    body.userMetadata(), body.content(), body.precondition(), body.expectedDigests(),
                    body.contentEncoding());
        }
    }

    /** The object as stored: the new current version of the path. */
    record Result(StoredObject object) {

        public Result {
            Objects.requireNonNull(object, "object");
        }
    }

    Result upload(Command command);
}
