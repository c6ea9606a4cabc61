package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import java.util.Objects;

/**
 * Redeems a signed upload URL: the token must be authentic, unexpired and an upload grant for the
 * command's bucket and key; the upload then runs exactly like {@link UploadObject}, as the user who
 * signed the URL and with the upsert choice made when signing. The request itself names no caller.
 */
public interface UploadToSignedUrl {

    record Command(String token, BucketName bucket, ObjectKey key, UploadBody body) {

        public Command {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(body, "body");
        }
    }

    UploadObject.Result uploadSigned(Command command);
}
