package io.stowage.adapter.persistence;

import io.stowage.application.port.out.EventLog;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.testing.EventLogContract;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import java.time.Instant;
import java.util.Optional;

/** The event log contract on real PostgreSQL, where every event is written by the catalog change that makes it. */
class PostgresEventLogContractTest extends EventLogContract {

    private final TestDatabase database = TestDatabase.get();

    @Override
    protected EventLog emptyLog() {
        database.truncate();
        database.execute("TRUNCATE storage_events");
        return new PostgresEventLog(database.dataSource());
    }

    @Override
    protected void createBucket(BucketName name) {
        database.buckets().create(Bucket.create(name, Optional.empty(), BucketSettings.DEFAULT, Instant.EPOCH));
    }

    @Override
    protected void createObject(BucketName bucket, String key) {
        database.objects().commit(PostgresOutboxTest.object(bucket, key, 1), WriteCondition.absent());
    }

    @Override
    protected void deleteObject(BucketName bucket, String key) {
        StoredObject stored = database.objects().find(bucket, new ObjectKey(key)).orElseThrow();
        database.objects().remove(stored);
    }
}
