package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.ALICE_ID;
import static io.stowage.application.service.ServiceHarness.ANON;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.SERVICE;
import static io.stowage.application.service.ServiceHarness.T0;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.CreateBucket;
import io.stowage.application.port.in.ListBuckets;
import io.stowage.application.port.in.UpdateBucket;
import io.stowage.application.port.out.BucketQuery.SortColumn;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.BucketAlreadyExists;
import io.stowage.domain.error.BucketNotEmpty;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.value.ByteSize;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Buckets: created by anyone signed in, managed by the owner only, invisible ones answer as missing. */
class BucketServiceTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketService service = h.bucketService;

    private Bucket create(Principal caller, String name, AccessPolicy policy) {
        return service.createBucket(new CreateBucket.Command(caller, new BucketName(name),
                new BucketSettings(policy, Optional.empty(), AllowedMimeTypes.ANY)));
    }

    private List<String> visibleTo(Principal caller) {
        return service.listBuckets(new ListBuckets.Command(caller, Optional.empty(), SortColumn.NAME, false, 100, 0))
                .stream().map(b -> b.name().value()).toList();
    }

    @Test
    void aSignedInUserCreatesABucketTheyOwn() {
        Bucket created = create(ALICE, "photos", AccessPolicy.PRIVATE);
        assertEquals(Optional.of(ALICE_ID), created.owner());
        assertEquals(T0, created.createdAt());
        assertEquals(T0, created.updatedAt());
        assertEquals(Optional.of(created), h.buckets.find(new BucketName("photos")));
    }

    @Test
    void aBucketLivesOnTheDefaultVolumeUnlessItNamesAnother() {
        assertEquals(VolumeName.DEFAULT, create(ALICE, "photos", AccessPolicy.PRIVATE).volume());
        Bucket archived = service.createBucket(new CreateBucket.Command(ALICE, new BucketName("old"),
                BucketSettings.DEFAULT, Optional.of(ServiceHarness.ARCHIVE)));
        assertEquals(ServiceHarness.ARCHIVE, archived.volume());
        assertEquals(ServiceHarness.ARCHIVE, h.buckets.find(new BucketName("old")).orElseThrow().volume());
    }

    @Test
    void aVolumeNeverChangesButRepeatingItIsFine() {
        create(ALICE, "photos", AccessPolicy.PRIVATE);
        Optional<VolumeName> same = Optional.of(VolumeName.DEFAULT);
        Optional<VolumeName> other = Optional.of(ServiceHarness.ARCHIVE);
        assertThrows(InvalidRequest.class, () -> service.updateBucket(new UpdateBucket.Command(ALICE,
                new BucketName("photos"), Optional.of(AccessPolicy.PUBLIC), Optional.empty(), Optional.empty(), other)));
        assertEquals(AccessPolicy.PRIVATE, h.buckets.find(new BucketName("photos")).orElseThrow().policy());

        Bucket updated = service.updateBucket(new UpdateBucket.Command(ALICE, new BucketName("photos"),
                Optional.of(AccessPolicy.PUBLIC), Optional.empty(), Optional.empty(), same));
        assertEquals(AccessPolicy.PUBLIC, updated.policy());
        assertEquals(VolumeName.DEFAULT, updated.volume());
    }

    @Test
    void anUnknownVolumeIsABadRequestAndCreatesNothing() {
        assertThrows(InvalidRequest.class, () -> service.createBucket(new CreateBucket.Command(ALICE,
                new BucketName("old"), BucketSettings.DEFAULT, Optional.of(new VolumeName("tape")))));
        assertEquals(Optional.empty(), h.buckets.find(new BucketName("old")));
    }

    @Test
    void anAnonymousCallerMayNotCreateABucket() {
        assertThrows(AccessDenied.class, () -> create(ANON, "photos", AccessPolicy.PUBLIC));
        assertEquals(0, h.buckets.bucketCount());
    }

    @Test
    void aTakenNameIsRefused() {
        create(ALICE, "photos", AccessPolicy.PRIVATE);
        assertThrows(BucketAlreadyExists.class, () -> create(BOB, "photos", AccessPolicy.PUBLIC));
        assertEquals(Optional.of(ALICE_ID), h.buckets.find(new BucketName("photos")).orElseThrow().owner());
    }

    @Test
    void theServiceRoleWithoutASubjectCreatesAnOwnerlessBucket() {
        assertTrue(create(SERVICE, "system", AccessPolicy.PRIVATE).owner().isEmpty());
    }

    @Test
    void getShowsVisibleBucketsAndHidesTheOthersAsMissing() {
        create(ALICE, "private-b", AccessPolicy.PRIVATE);
        create(ALICE, "members-b", AccessPolicy.AUTHENTICATED);
        create(ALICE, "public-b", AccessPolicy.PUBLIC);

        assertEquals("private-b", service.getBucket(ALICE, new BucketName("private-b")).name().value());
        assertEquals("private-b", service.getBucket(SERVICE, new BucketName("private-b")).name().value());
        assertEquals("members-b", service.getBucket(BOB, new BucketName("members-b")).name().value());
        assertEquals("public-b", service.getBucket(ANON, new BucketName("public-b")).name().value());
        assertThrows(BucketNotFound.class, () -> service.getBucket(BOB, new BucketName("private-b")));
        assertThrows(BucketNotFound.class, () -> service.getBucket(ANON, new BucketName("members-b")));
        assertThrows(BucketNotFound.class, () -> service.getBucket(ALICE, new BucketName("nowhere")));
    }

    @Test
    void listingShowsEachCallerOnlyTheBucketsTheyMaySee() {
        create(ALICE, "a-private", AccessPolicy.PRIVATE);
        create(ALICE, "a-members", AccessPolicy.AUTHENTICATED);
        create(ALICE, "a-public", AccessPolicy.PUBLIC);
        create(BOB, "b-private", AccessPolicy.PRIVATE);

        assertEquals(List.of("a-public"), visibleTo(ANON));
        assertEquals(List.of("a-members", "a-private", "a-public"), visibleTo(ALICE));
        assertEquals(List.of("a-members", "a-public", "b-private"), visibleTo(BOB));
        assertEquals(List.of("a-members", "a-private", "a-public", "b-private"), visibleTo(SERVICE));
    }

    @Test
    void listingSearchesSortsAndPages() {
        create(ALICE, "img-b", AccessPolicy.PUBLIC);
        h.clock.advance(Duration.ofSeconds(1));
        create(ALICE, "img-a", AccessPolicy.PUBLIC);
        h.clock.advance(Duration.ofSeconds(1));
        create(ALICE, "docs", AccessPolicy.PUBLIC);

        List<String> search = service.listBuckets(new ListBuckets.Command(ALICE, Optional.of("img"), SortColumn.NAME,
                true, 100, 0)).stream().map(b -> b.name().value()).toList();
        assertEquals(List.of("img-b", "img-a"), search);
        List<String> page = service.listBuckets(new ListBuckets.Command(ALICE, Optional.empty(), SortColumn.CREATED_AT,
                false, 2, 1)).stream().map(b -> b.name().value()).toList();
        assertEquals(List.of("img-a", "docs"), page);
    }

    @Test
    void theOwnerUpdatesOnlyWhatTheCommandCarries() {
        Bucket created = service.createBucket(new CreateBucket.Command(ALICE, new BucketName("photos"),
                new BucketSettings(AccessPolicy.PRIVATE, Optional.of(ByteSize.ofBytes(100)),
                        AllowedMimeTypes.of(List.of("image/*")))));
        h.clock.advance(Duration.ofMinutes(1));

        Bucket madePublic = service.updateBucket(new UpdateBucket.Command(ALICE, created.name(),
                Optional.of(AccessPolicy.PUBLIC), Optional.empty(), Optional.empty()));

        assertEquals(AccessPolicy.PUBLIC, madePublic.policy());
        assertEquals(Optional.of(ByteSize.ofBytes(100)), madePublic.settings().fileSizeLimit());
        assertEquals(List.of("image/*"), madePublic.settings().allowedMimeTypes().values());
        assertEquals(T0, madePublic.createdAt());
        assertEquals(T0.plus(Duration.ofMinutes(1)), madePublic.updatedAt());
        assertEquals(Optional.of(madePublic), h.buckets.find(created.name()));

        Bucket unlimited = service.updateBucket(new UpdateBucket.Command(ALICE, created.name(), Optional.empty(),
                Optional.of(Optional.empty()), Optional.of(AllowedMimeTypes.ANY)));
        assertEquals(AccessPolicy.PUBLIC, unlimited.policy());
        assertEquals(Optional.empty(), unlimited.settings().fileSizeLimit());
        assertTrue(unlimited.settings().allowedMimeTypes().isUnrestricted());
    }

    @Test
    void managementByANonOwnerIsDeniedAndAnInvisibleBucketIsMissing() {
        create(ALICE, "public-b", AccessPolicy.PUBLIC);
        create(ALICE, "private-b", AccessPolicy.PRIVATE);
        BucketName visible = new BucketName("public-b");
        BucketName invisible = new BucketName("private-b");
        UpdateBucket.Command makePrivate = new UpdateBucket.Command(BOB, visible, Optional.of(AccessPolicy.PRIVATE),
                Optional.empty(), Optional.empty());

        assertThrows(AccessDenied.class, () -> service.updateBucket(makePrivate));
        assertThrows(AccessDenied.class, () -> service.emptyBucket(BOB, visible));
        assertThrows(AccessDenied.class, () -> service.deleteBucket(BOB, visible));
        assertThrows(AccessDenied.class, () -> service.deleteBucket(ANON, visible));
        assertThrows(BucketNotFound.class, () -> service.updateBucket(new UpdateBucket.Command(BOB, invisible,
                Optional.of(AccessPolicy.PUBLIC), Optional.empty(), Optional.empty())));
        assertThrows(BucketNotFound.class, () -> service.emptyBucket(BOB, invisible));
        assertThrows(BucketNotFound.class, () -> service.deleteBucket(BOB, invisible));
        assertThrows(BucketNotFound.class, () -> service.deleteBucket(ALICE, new BucketName("nowhere")));

        assertEquals(AccessPolicy.PUBLIC, h.buckets.find(visible).orElseThrow().policy());
        assertEquals(2, h.buckets.bucketCount());
    }

    @Test
    void emptyingDeletesEveryRowAndBlobInBatchesAndKeepsTheBucket() {
        BucketName bucket = create(ALICE, "big", AccessPolicy.PRIVATE).name();
        for (int i = 0; i < 1234; i++) {
            h.upload(ALICE, bucket, "dir" + (i % 7) + "/file-" + i + ".txt", "x" + i);
        }
        BucketName neighbour = create(ALICE, "neighbour", AccessPolicy.PRIVATE).name();
        h.upload(ALICE, neighbour, "keep.txt", "kept");

        assertEquals(1234, service.emptyBucket(ALICE, bucket));

        assertEquals(0, h.objects.objectCount(bucket));
        assertEquals(1, h.blobs.blobCount());
        assertTrue(h.buckets.find(bucket).isPresent());
        assertTrue(h.objects.find(neighbour, key("keep.txt")).isPresent());
    }

    @Test
    void theServiceRoleManagesAnyBucket() {
        BucketName bucket = create(ALICE, "private-b", AccessPolicy.PRIVATE).name();
        h.upload(ALICE, bucket, "a.txt", "x");
        assertEquals(1, service.emptyBucket(SERVICE, bucket));
        service.deleteBucket(SERVICE, bucket);
        assertEquals(Optional.empty(), h.buckets.find(bucket));
    }

    @Test
    void onlyAnEmptyBucketIsDeleted() {
        BucketName bucket = create(ALICE, "docs", AccessPolicy.PRIVATE).name();
        h.upload(ALICE, bucket, "a.txt", "x");

        assertThrows(BucketNotEmpty.class, () -> service.deleteBucket(ALICE, bucket));
        assertTrue(h.buckets.find(bucket).isPresent());

        service.emptyBucket(ALICE, bucket);
        service.deleteBucket(ALICE, bucket);
        assertEquals(Optional.empty(), h.buckets.find(bucket));
        assertThrows(BucketNotFound.class, () -> service.getBucket(ALICE, bucket));
    }
}
