package io.stowage.application.testing;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectInBucket;
import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.util.List;
import java.util.Optional;

/** An {@link ObjectCatalog} passing every call on; a test overrides the one call it wants to observe or break. */
public class DelegatingObjectCatalog implements ObjectCatalog {

    private final ObjectCatalog delegate;

    public DelegatingObjectCatalog(ObjectCatalog delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<StoredObject> find(BucketName bucket, ObjectKey key) {
        return delegate.find(bucket, key);
    }

    @Override
    public List<StoredObject> objectsOnVolume(VolumeName volume, Optional<VersionId> after, int limit) {
        return delegate.objectsOnVolume(volume, after, limit);
    }

    @Override
    public Optional<ObjectInBucket> findWithBucket(BucketName bucket, ObjectKey key) {
        return delegate.findWithBucket(bucket, key);
    }

    @Override
    public Optional<StoredObject> commit(StoredObject object, WriteCondition condition) {
        return delegate.commit(object, condition);
    }

    @Override
    public boolean remove(StoredObject expected) {
        return delegate.remove(expected);
    }

    @Override
    public void move(StoredObject source, StoredObject destination) {
        delegate.move(source, destination);
    }

    @Override
    public List<StoredObject> removeBatch(BucketName bucket, int limit) {
        return delegate.removeBatch(bucket, limit);
    }

    @Override
    public List<ObjectListEntry> list(BucketName bucket, ObjectListQuery query) {
        return delegate.list(bucket, query);
    }

    @Override
    public List<StoredObject> listKeys(BucketName bucket, io.stowage.application.port.out.ObjectKeyQuery query) {
        return delegate.listKeys(bucket, query);
    }
}
