package io.stowage.application.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BucketQuery;
import io.stowage.application.port.out.BucketQuery.SortColumn;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.domain.access.BucketScope;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.AllowedMimeTypes;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.error.BucketAlreadyExists;
import io.stowage.domain.error.BucketNotEmpty;
import io.stowage.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-memory bucket catalog honours the port: unique names, scoped listing, refusal to drop a full bucket. */
class InMemoryBucketCatalogTest {

    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private final InMemoryObjectCatalog objects = new InMemoryObjectCatalog();
    private final InMemoryBucketCatalog catalog = new InMemoryBucketCatalog(objects);

    private Bucket add(String name, AccessPolicy policy, UserId owner, int createdSecond, int updatedSecond) {
        Bucket bucket = new Bucket(new BucketName(name), Optional.of(owner),
                new BucketSettings(policy, Optional.empty(), AllowedMimeTypes.ANY), T0.plusSeconds(createdSecond),
                T0.plusSeconds(updatedSecond));
        catalog.create(bucket);
        return bucket;
    }

    private List<String> list(BucketScope scope, Optional<String> search, SortColumn column, boolean descending,
            int limit, int offset) {
        return catalog.list(new BucketQuery(scope, search, column, descending, limit, offset)).stream()
                .map(b -> b.name().value()).toList();
    }

    private void world() {
        add("a-private", AccessPolicy.PRIVATE, ALICE, 3, 1);
        add("a-members", AccessPolicy.AUTHENTICATED, ALICE, 1, 3);
        add("a-public", AccessPolicy.PUBLIC, ALICE, 2, 2);
        add("b-private", AccessPolicy.PRIVATE, BOB, 4, 4);
    }

    @Test
    void namesAreUnique() {
        Bucket first = add("photos", AccessPolicy.PRIVATE, ALICE, 0, 0);
        assertThrows(BucketAlreadyExists.class, () -> add("photos", AccessPolicy.PUBLIC, BOB, 1, 1));
        assertEquals(Optional.of(first), catalog.find(new BucketName("photos")));
        assertEquals(Optional.empty(), catalog.find(new BucketName("other")));
    }

    @Test
    void listingHonoursTheScope() {
        world();
        assertEquals(List.of("a-public"),
                list(new BucketScope(false, false, Optional.empty()), Optional.empty(), SortColumn.NAME, false, 9, 0));
        assertEquals(List.of("a-members", "a-public", "b-private"),
                list(new BucketScope(false, true, Optional.of(BOB)), Optional.empty(), SortColumn.NAME, false, 9, 0));
        assertEquals(List.of("a-members", "a-private", "a-public"),
                list(new BucketScope(false, true, Optional.of(ALICE)), Optional.empty(), SortColumn.ID, false, 9, 0));
        assertEquals(List.of("a-members", "a-private", "a-public", "b-private"),
                list(BucketScope.everything(), Optional.empty(), SortColumn.NAME, false, 9, 0));
    }

    @Test
    void listingSearchesByPrefixSortsAndPages() {
        world();
        BucketScope all = BucketScope.everything();
        assertEquals(List.of("a-public", "a-private", "a-members"), list(all, Optional.of("a-"), SortColumn.NAME, true, 9, 0));
        assertEquals(List.of(), list(all, Optional.of("private"), SortColumn.NAME, false, 9, 0));
        assertEquals(List.of("a-members", "a-public", "a-private", "b-private"),
                list(all, Optional.empty(), SortColumn.CREATED_AT, false, 9, 0));
        assertEquals(List.of("b-private", "a-members", "a-public", "a-private"),
                list(all, Optional.empty(), SortColumn.UPDATED_AT, true, 9, 0));
        assertEquals(List.of("a-public", "a-private"), list(all, Optional.empty(), SortColumn.CREATED_AT, false, 2, 1));
    }

    @Test
    void updateReplacesTheSettingsOfAnExistingBucketOnly() {
        Bucket bucket = add("photos", AccessPolicy.PRIVATE, ALICE, 0, 0);
        Bucket changed = bucket.withSettings(new BucketSettings(AccessPolicy.PUBLIC, Optional.empty(),
                AllowedMimeTypes.ANY), T0.plusSeconds(9));
        assertTrue(catalog.update(changed));
        assertEquals(Optional.of(changed), catalog.find(bucket.name()));
        Bucket ghost = Bucket.create(new BucketName("ghost"), Optional.empty(), BucketSettings.DEFAULT, T0);
        assertFalse(catalog.update(ghost));
        assertEquals(Optional.empty(), catalog.find(ghost.name()));
    }

    @Test
    void deleteRefusesABucketWithObjectsAndReportsAMissingOne() {
        Bucket bucket = add("photos", AccessPolicy.PRIVATE, ALICE, 0, 0);
        objects.commit(ObjectCatalogContract.object(bucket.name(), "k", Optional.of(ALICE), 0, 0),
                WriteCondition.absent());

        assertThrows(BucketNotEmpty.class, () -> catalog.delete(bucket.name()));
        assertTrue(catalog.find(bucket.name()).isPresent());

        objects.removeBatch(bucket.name(), 10);
        assertTrue(catalog.delete(bucket.name()));
        assertFalse(catalog.delete(bucket.name()));
        assertEquals(0, catalog.bucketCount());
    }
}
