package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;

/** Reads an object's metadata (HEAD, info); an object the caller may not read answers as missing. */
public interface FindObject {

    StoredObject findObject(Principal caller, BucketName bucket, ObjectKey key);
}
