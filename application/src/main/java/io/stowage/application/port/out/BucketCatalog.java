package io.stowage.application.port.out;

import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.BucketAlreadyExists;
import io.stowage.domain.error.BucketNotEmpty;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The persistent record of buckets. */
public interface BucketCatalog {

    /** @throws BucketAlreadyExists when the name is taken */
    void create(Bucket bucket);

    Optional<Bucket> find(BucketName name);

    List<Bucket> list(BucketQuery query);

    /** Stores the bucket's new settings and updated time; false when the bucket is gone. */
    boolean update(Bucket bucket);

    /**
     * Removes an empty bucket; false when there was none.
     *
     * @throws BucketNotEmpty when objects remain in it
     */
    boolean delete(BucketName name);

    /** Every volume some bucket lives on, so that start-up can refuse a configuration that lacks one. */
    Set<VolumeName> volumesInUse();
}
