package io.stowage.application.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.BucketQuery;
import io.stowage.application.port.out.BucketQuery.SortColumn;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.domain.access.BucketScope;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.BucketAlreadyExists;
import io.stowage.domain.error.BucketNotEmpty;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.value.ByteSize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BucketCatalog} must do, run by each implementation (in memory, PostgreSQL): round
 * trips, refusals, and listing by scope, name prefix, sort and page. Names compare as code points.
 */
public abstract class BucketCatalogContract {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00.123456Z");
    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");

    /** A bucket catalog and the object catalog whose objects keep its buckets from being deleted. */
    public record Catalogs(BucketCatalog buckets, ObjectCatalog objects) {
    }

    private BucketCatalog buckets;
    private ObjectCatalog objects;

    /** Catalogs holding no bucket and no object; called before every test. */
    protected abstract Catalogs emptyCatalogs();

    @BeforeEach
    void startEmpty() {
        Catalogs catalogs = emptyCatalogs();
        buckets = catalogs.buckets();
        objects = catalogs.objects();
    }

    @Test
    void aCreatedBucketComesBackWithEverySetting() {
        BucketSettings settings = new BucketSettings(AccessPolicy.AUTHENTICATED, Optional.of(ByteSize.ofBytes(1024)),
                AllowedMimeTypes.of(List.of("image/*", "text/plain")));
        Bucket bucket = new Bucket(new BucketName("media"), Optional.of(ALICE), settings, T0, T0.plusSeconds(1));
        Bucket plain = Bucket.create(new BucketName("plain"), Optional.empty(), BucketSettings.DEFAULT, T0);

        buckets.create(bucket);
        buckets.create(plain);

        assertEquals(Optional.of(bucket), buckets.find(bucket.name()));
        assertEquals(Optional.of(plain), buckets.find(plain.name()));
        assertEquals(Optional.empty(), buckets.find(new BucketName("nope")));
    }

    @Test
    void aBucketKeepsItsVolumeAndTheCatalogKnowsEveryVolumeInUse() {
        assertEquals(Set.of(), buckets.volumesInUse());
        Bucket archived = Bucket.create(new BucketName("old"), Optional.of(ALICE), BucketSettings.DEFAULT,
                new VolumeName("archive"), T0);
        buckets.create(archived);
        buckets.create(Bucket.create(new BucketName("plain"), Optional.empty(), BucketSettings.DEFAULT, T0));
        buckets.create(Bucket.create(new BucketName("more"), Optional.empty(), BucketSettings.DEFAULT,
                new VolumeName("archive"), T0));

        assertEquals(Optional.of(archived), buckets.find(archived.name()));
        assertEquals(Set.of(VolumeName.DEFAULT, new VolumeName("archive")), buckets.volumesInUse());
        Bucket updated = archived.withSettings(BucketSettings.DEFAULT, T0.plusSeconds(1));
        assertTrue(buckets.update(updated));
        assertEquals(new VolumeName("archive"), buckets.find(archived.name()).orElseThrow().volume());
    }

    @Test
    void aTakenNameIsRefusedAndTheFirstBucketStays() {
        Bucket first = bucket("media", AccessPolicy.PRIVATE, ALICE, 0);
        buckets.create(first);

        assertThrows(BucketAlreadyExists.class, () -> buckets.create(bucket("media", AccessPolicy.PUBLIC, BOB, 5)));
        assertEquals(Optional.of(first), buckets.find(first.name()));
    }

    @Test
    void updateStoresNewSettingsAndTimeButKeepsOwnerAndCreation() {
        Bucket bucket = bucket("media", AccessPolicy.PRIVATE, ALICE, 0);
        buckets.create(bucket);
        Bucket changed = bucket.withSettings(new BucketSettings(AccessPolicy.PUBLIC, Optional.of(ByteSize.ofBytes(7)),
                AllowedMimeTypes.of(List.of("image/png"))), T0.plusSeconds(30));

        assertTrue(buckets.update(changed));
        assertEquals(Optional.of(changed), buckets.find(bucket.name()));
    }

    @Test
    void updatingAMissingBucketChangesNothingAndCreatesNothing() {
        Bucket ghost = bucket("ghost", AccessPolicy.PRIVATE, ALICE, 0);

        assertFalse(buckets.update(ghost));
        assertEquals(Optional.empty(), buckets.find(ghost.name()));
    }

    @Test
    void deleteRemovesAnEmptyBucketAndRefusesOneWithObjects() {
        Bucket full = bucket("full", AccessPolicy.PRIVATE, ALICE, 0);
        Bucket empty = bucket("empty", AccessPolicy.PRIVATE, ALICE, 0);
        buckets.create(full);
        buckets.create(empty);
        objects.commit(ObjectCatalogContract.object(full.name(), "a/b", Optional.of(ALICE), 1, 0),
                WriteCondition.absent());

        assertThrows(BucketNotEmpty.class, () -> buckets.delete(full.name()));
        assertTrue(buckets.find(full.name()).isPresent());
        assertTrue(buckets.delete(empty.name()));
        assertEquals(Optional.empty(), buckets.find(empty.name()));
        assertFalse(buckets.delete(empty.name()));
    }

    @Test
    void aBucketEmptiedOfItsObjectsCanBeDeleted() {
        Bucket bucket = bucket("photos", AccessPolicy.PRIVATE, ALICE, 0);
        buckets.create(bucket);
        objects.commit(ObjectCatalogContract.object(bucket.name(), "k", Optional.of(ALICE), 0, 0),
                WriteCondition.absent());
        assertThrows(BucketNotEmpty.class, () -> buckets.delete(bucket.name()));

        assertEquals(1, objects.removeBatch(bucket.name(), 10).size());
        assertTrue(buckets.delete(bucket.name()));
        assertEquals(List.of(), names(BucketScope.everything()));
        assertEquals(Set.of(), buckets.volumesInUse());
    }

    @Test
    void listingShowsWhatTheScopeMaySee() {
        seed();
        assertEquals(List.of("alice-private", "auth", "bob-private", "pub"), names(BucketScope.everything()));
        assertEquals(List.of("pub"), names(new BucketScope(false, false, Optional.empty())));
        assertEquals(List.of("auth", "pub"), names(new BucketScope(false, true, Optional.empty())));
        assertEquals(List.of("alice-private", "auth", "pub"), names(new BucketScope(false, true, Optional.of(ALICE))));
        assertEquals(List.of("auth", "bob-private", "pub"), names(new BucketScope(false, true, Optional.of(BOB))));
    }

    @Test
    void listingSearchesByNamePrefixSortsAndPages() {
        seed();
        BucketScope all = BucketScope.everything();
        assertEquals(List.of("alice-private", "auth"), names(query(all, "a", SortColumn.NAME, false, 10, 0)));
        assertEquals(List.of("auth"), names(query(all, "au", SortColumn.ID, false, 10, 0)));
        assertEquals(List.of(), names(query(all, "z", SortColumn.NAME, false, 10, 0)));
        assertEquals(List.of(), names(query(all, "private", SortColumn.NAME, false, 10, 0)), "a prefix, not a part");
        assertEquals(List.of("pub", "bob-private", "auth", "alice-private"),
                names(query(all, "", SortColumn.NAME, true, 10, 0)));
        assertEquals(List.of("pub", "auth", "alice-private", "bob-private"),
                names(query(all, "", SortColumn.CREATED_AT, false, 10, 0)));
        assertEquals(List.of("pub", "auth", "bob-private", "alice-private"),
                names(query(all, "", SortColumn.UPDATED_AT, true, 10, 0)));
        assertEquals(List.of("auth", "alice-private"), names(query(all, "", SortColumn.CREATED_AT, false, 2, 1)));
        assertEquals(List.of("alice-private", "auth", "bob-private", "pub"), buckets.list(new BucketQuery(all,
                Optional.empty(), SortColumn.NAME, false, 10, 0)).stream().map(b -> b.name().value()).toList(),
                "no search is the same as an empty one");
    }

    @Test
    void namesSortAsCodePointsAndASearchTakesNoCharacterAsAWildcard() {
        for (String name : List.of("a_b", "ab", "a.b", "a0", "a-b", "axb")) {
            buckets.create(bucket(name, AccessPolicy.PUBLIC, ALICE, 0));
        }
        BucketScope all = BucketScope.everything();

        assertEquals(List.of("a-b", "a.b", "a0", "a_b", "ab", "axb"), names(all));
        assertEquals(List.of("a_b"), names(query(all, "a_", SortColumn.NAME, false, 10, 0)));
        assertEquals(List.of("a.b"), names(query(all, "a.", SortColumn.NAME, false, 10, 0)));
        assertEquals(List.of("axb", "ab", "a_b", "a0", "a.b", "a-b"), names(query(all, "a", SortColumn.ID, true, 10, 0)));
    }

    @Test
    void aPageBeyondTheEndIsEmptyAndAZeroLimitGivesNothing() {
        seed();
        BucketScope all = BucketScope.everything();

        assertEquals(List.of(), names(query(all, "", SortColumn.NAME, false, 10, 4)));
        assertEquals(List.of(), names(query(all, "", SortColumn.NAME, false, 0, 0)));
        assertEquals(List.of("pub"), names(query(all, "", SortColumn.NAME, false, 10, 3)));
    }

    /** Created: pub 1, auth 2, alice-private 3, bob-private 3 (a tie); updated later the earlier they were created. */
    private void seed() {
        buckets.create(bucket("pub", AccessPolicy.PUBLIC, BOB, 1));
        buckets.create(bucket("auth", AccessPolicy.AUTHENTICATED, BOB, 2));
        buckets.create(bucket("alice-private", AccessPolicy.PRIVATE, ALICE, 3));
        buckets.create(bucket("bob-private", AccessPolicy.PRIVATE, BOB, 3));
    }

    private List<String> names(BucketScope scope) {
        return names(query(scope, "", SortColumn.NAME, false, 100, 0));
    }

    private List<String> names(BucketQuery query) {
        return buckets.list(query).stream().map(bucket -> bucket.name().value()).toList();
    }

    private static BucketQuery query(BucketScope scope, String search, SortColumn column, boolean descending, int limit,
            int offset) {
        return new BucketQuery(scope, Optional.of(search), column, descending, limit, offset);
    }

    private static Bucket bucket(String name, AccessPolicy policy, UserId owner, int createdSecond) {
        Instant created = T0.plusSeconds(createdSecond);
        return new Bucket(new BucketName(name), Optional.of(owner),
                new BucketSettings(policy, Optional.empty(), AllowedMimeTypes.ANY), created,
                created.plusSeconds(100 - 10L * createdSecond));
    }
}
