package io.stowage.application.testing;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** What every ObjectCatalog contract starts from: two empty buckets in a fresh catalog, a user, a fixed instant. */
public abstract class ObjectCatalogFixture {

    protected static final BucketName BUCKET = new BucketName("photos");
    protected static final BucketName OTHER_BUCKET = new BucketName("archive");
    protected static final UserId ALICE = new UserId("alice");
    protected static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    /** The catalog under test, fresh for every test. */
    protected ObjectCatalog catalog;

    /** A catalog holding no object, in which the given buckets exist; called before every test. */
    protected abstract ObjectCatalog emptyCatalog(List<BucketName> buckets);

    @BeforeEach
    void startEmpty() {
        catalog = emptyCatalog(List.of(BUCKET, OTHER_BUCKET));
    }
}
