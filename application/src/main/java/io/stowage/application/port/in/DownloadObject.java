package io.stowage.application.port.in;

import io.stowage.application.port.out.BlobContent;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;

/** Opens an object's bytes for streaming; an object the caller may not read answers as missing. */
public interface DownloadObject {

    /** The object's metadata and its opened blob; the caller closes the content. */
    record Result(StoredObject object, BlobContent content) {
    }

    Result download(Principal caller, BucketName bucket, ObjectKey key);
}
