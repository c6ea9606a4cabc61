package io.stowage.domain.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.identity.UserId;
import io.stowage.domain.value.ByteSize;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BucketTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final ByteSize GLOBAL = ByteSize.ofBytes(1000);

    private static Bucket withLimit(Optional<ByteSize> limit) {
        return Bucket.create(new BucketName("b1"), Optional.empty(),
                new BucketSettings(AccessPolicy.PRIVATE, limit, AllowedMimeTypes.ANY), T0);
    }

    @Test
    void withoutItsOwnLimitTheGlobalOneApplies() {
        assertEquals(GLOBAL, withLimit(Optional.empty()).effectiveSizeLimit(GLOBAL));
    }

    @Test
    void aSmallerBucketLimitWins() {
        assertEquals(ByteSize.ofBytes(10), withLimit(Optional.of(ByteSize.ofBytes(10))).effectiveSizeLimit(GLOBAL));
    }

    @Test
    void aLargerBucketLimitIsCappedByTheGlobalOne() {
        assertEquals(GLOBAL, withLimit(Optional.of(ByteSize.ofBytes(5000))).effectiveSizeLimit(GLOBAL));
        assertEquals(GLOBAL, withLimit(Optional.of(ByteSize.ofBytes(1000))).effectiveSizeLimit(GLOBAL));
    }

    @Test
    void aZeroLimitAcceptsOnlyEmptyObjects() {
        assertEquals(0, withLimit(Optional.of(ByteSize.ofBytes(0))).effectiveSizeLimit(GLOBAL).bytes());
    }

    @Test
    void createsWithEqualTimesAndUpdatesKeepTheCreationTime() {
        Bucket bucket = Bucket.create(new BucketName("b1"), Optional.of(new UserId("alice")), BucketSettings.DEFAULT, T0);
        assertEquals(T0, bucket.createdAt());
        assertEquals(T0, bucket.updatedAt());
        assertEquals(AccessPolicy.PRIVATE, bucket.policy());
        Instant later = T0.plusSeconds(60);
        BucketSettings publicSettings = new BucketSettings(AccessPolicy.PUBLIC, Optional.empty(), AllowedMimeTypes.ANY);
        Bucket updated = bucket.withSettings(publicSettings, later);
        assertEquals(T0, updated.createdAt());
        assertEquals(later, updated.updatedAt());
        assertEquals(AccessPolicy.PUBLIC, updated.policy());
        assertEquals(bucket.owner(), updated.owner());
    }

    @Test
    void defaultSettingsArePrivateUnlimitedAndUnrestricted() {
        assertEquals(AccessPolicy.PRIVATE, BucketSettings.DEFAULT.policy());
        assertEquals(Optional.empty(), BucketSettings.DEFAULT.fileSizeLimit());
        assertEquals(AllowedMimeTypes.ANY, BucketSettings.DEFAULT.allowedMimeTypes());
    }

    @Test
    void refusesMissingParts() {
        assertThrows(NullPointerException.class, () -> Bucket.create(null, Optional.empty(), BucketSettings.DEFAULT, T0));
        assertThrows(NullPointerException.class,
                () -> Bucket.create(new BucketName("b1"), Optional.empty(), null, T0));
        assertThrows(NullPointerException.class,
                () -> new BucketSettings(null, Optional.empty(), AllowedMimeTypes.ANY));
    }

    @Test
    void theVolumeChosenAtCreationSurvivesASettingsChange() {
        Bucket bucket = Bucket.create(new BucketName("b1"), Optional.empty(), BucketSettings.DEFAULT,
                new VolumeName("archive"), T0);
        Bucket updated = bucket.withSettings(
                new BucketSettings(AccessPolicy.PUBLIC, Optional.empty(), AllowedMimeTypes.ANY), T0.plusSeconds(1));
        assertEquals(new VolumeName("archive"), updated.volume());
    }

    @Test
    void bucketsMadeWithoutAVolumeLiveOnTheDefaultOne() {
        assertEquals(VolumeName.DEFAULT, withLimit(Optional.empty()).volume());
    }

    @Test
    void onlyBucketsOnTheSameVolumeShareBlobs() {
        Bucket archive = Bucket.create(new BucketName("a1"), Optional.empty(), BucketSettings.DEFAULT,
                new VolumeName("archive"), T0);
        Bucket otherArchive = Bucket.create(new BucketName("a2"), Optional.empty(), BucketSettings.DEFAULT,
                new VolumeName("archive"), T0);
        assertEquals(true, archive.sharesVolumeWith(otherArchive));
        assertEquals(false, archive.sharesVolumeWith(withLimit(Optional.empty())));
    }
}
