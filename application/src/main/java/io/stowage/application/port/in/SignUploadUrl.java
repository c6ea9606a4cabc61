package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import java.util.OptionalLong;

/**
 * Signs an upload URL for one path on the caller's behalf: the caller must be allowed to upload there
 * (and, with {@code upsert}, to replace what is there), and becomes the owner of what is uploaded.
 */
public interface SignUploadUrl {

    /** @param expiresInSeconds how long the URL works; empty for the default of two hours */
    SignedUrl signUpload(Principal caller, BucketName bucket, ObjectKey key, boolean upsert,
            OptionalLong expiresInSeconds);
}
