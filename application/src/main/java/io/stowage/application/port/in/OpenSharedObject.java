package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;

/**
 * Redeems a signed download URL without any caller identity: the token must be authentic, unexpired,
 * a download grant for exactly this bucket and key, and signed for the version the path holds now.
 */
public interface OpenSharedObject {

    /** The shared object's metadata, for HEAD. */
    StoredObject findShared(String token, BucketName bucket, ObjectKey key);

    /** The shared object's metadata and its opened blob; the caller closes the content. */
    DownloadObject.Result openShared(String token, BucketName bucket, ObjectKey key);
}
