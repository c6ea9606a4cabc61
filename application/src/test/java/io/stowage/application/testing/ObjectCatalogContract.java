package io.stowage.application.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectInBucket;
import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.application.port.out.ObjectListQuery.SortColumn;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.access.ObjectScope;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.identity.UserId;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ObjectCatalog} must do, run by each implementation (in memory, PostgreSQL). Listings
 * show folders first, by name in the query's direction, then files by the sort column with the name
 * breaking ties; names compare as code points (test keys stay below U+D800, where that is String order).
 */
public abstract class ObjectCatalogContract extends ObjectCatalogFixture {

    private static final UserId BOB = new UserId("bob");

    @Test
    void aNewPathStoresTheObjectAsGiven() {
        StoredObject full = new StoredObject(UUID.randomUUID(), BUCKET, new ObjectKey("a/b.txt"), VersionId.random(),
                42, new ContentType("text/plain;charset=UTF-8"), checksum(7), Optional.of(ALICE),
                Optional.of("max-age=60"), Optional.of("{\"k\": \"v\"}"), T0, T0.plusSeconds(1));
        StoredObject bare = object(BUCKET, "c", Optional.empty(), 0, 0);

        assertEquals(Optional.empty(), catalog.commit(full, WriteCondition.absent()));
        assertEquals(Optional.empty(), catalog.commit(bare, WriteCondition.absent()));

        assertEquals(Optional.of(full), catalog.find(BUCKET, full.key()));
        assertEquals(Optional.of(bare), catalog.find(BUCKET, bare.key()));
        assertEquals(Optional.empty(), catalog.find(BUCKET, new ObjectKey("a")));
        assertEquals(Optional.empty(), catalog.find(OTHER_BUCKET, full.key()));
    }

    @Test
    void aJoinedReadGivesTheBucketWithOrWithoutTheObjectAndNothingForAMissingBucket() {
        StoredObject stored = object(BUCKET, "a/b.txt", Optional.of(ALICE), 5, 0);
        catalog.commit(stored, WriteCondition.absent());

        ObjectInBucket found = catalog.findWithBucket(BUCKET, stored.key()).orElseThrow();
        assertEquals(BUCKET, found.bucket().name());
        assertEquals(Optional.of(stored), found.object());

        ObjectInBucket empty = catalog.findWithBucket(OTHER_BUCKET, stored.key()).orElseThrow();
        assertEquals(OTHER_BUCKET, empty.bucket().name());
        assertEquals(Optional.empty(), empty.object());
        assertEquals(Optional.empty(), catalog.findWithBucket(BUCKET, new ObjectKey("a")).orElseThrow().object());

        assertEquals(Optional.empty(), catalog.findWithBucket(new BucketName("nowhere"), stored.key()));
    }

    @Test
    void pagingThroughAVolumeSeesEveryObjectOnceInVersionOrder() {
        Set<StoredObject> all = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            StoredObject object = object(i % 2 == 0 ? BUCKET : OTHER_BUCKET, "p" + i, Optional.of(ALICE), i, 0);
            catalog.commit(object, WriteCondition.absent());
            all.add(object);
        }
        List<StoredObject> seen = new ArrayList<>();
        Optional<VersionId> after = Optional.empty();
        for (int round = 0; round < 10; round++) {
            List<StoredObject> page = catalog.objectsOnVolume(VolumeName.DEFAULT, after, 3);
            seen.addAll(page);
            if (page.size() < 3) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).version());
        }
        assertEquals(7, seen.size(), "no object twice");
        assertEquals(all, new HashSet<>(seen));
        assertEquals(List.of(), catalog.objectsOnVolume(new VolumeName("elsewhere"), Optional.empty(), 10));
    }

    @Test
    void creatingAnOccupiedPathConflictsAndKeepsTheRow() {
        StoredObject first = put(BUCKET, "k", ALICE, 0, 0);

        assertThrows(WriteConflict.class, () -> catalog.commit(object(BUCKET, "k", Optional.of(BOB), 1, 1),
                WriteCondition.absent()));
        assertEquals(Optional.of(first), catalog.find(BUCKET, first.key()));
    }

    @Test
    void replacingTheCurrentVersionKeepsIdAndCreatedTimeAndReturnsTheReplacedVersion() {
        StoredObject first = put(BUCKET, "k", ALICE, 0, 0);
        StoredObject next = new StoredObject(UUID.randomUUID(), BUCKET, first.key(), VersionId.random(), 99,
                new ContentType("image/png"), checksum(2), Optional.of(BOB), Optional.of("no-cache"),
                Optional.of("{\"n\": 1}"), T0.plusSeconds(50), T0.plusSeconds(60));

        assertEquals(Optional.of(first), catalog.commit(next, WriteCondition.replacing(first.version())));

        StoredObject expected = new StoredObject(first.id(), BUCKET, first.key(), next.version(), 99, next.contentType(),
                next.checksum(), next.owner(), next.cacheControl(), next.userMetadata(), first.createdAt(),
                next.updatedAt());
        assertEquals(Optional.of(expected), catalog.find(BUCKET, first.key()));
    }

    @Test
    void replacingAnOutdatedOrMissingVersionConflictsAndChangesNothing() {
        StoredObject first = put(BUCKET, "k", ALICE, 0, 0);
        StoredObject second = object(BUCKET, "k", Optional.of(ALICE), 1, 1);
        catalog.commit(second, WriteCondition.replacing(first.version()));
        StoredObject current = catalog.find(BUCKET, first.key()).orElseThrow();

        assertThrows(WriteConflict.class, () -> catalog.commit(object(BUCKET, "k", Optional.of(BOB), 2, 2),
                WriteCondition.replacing(first.version())));
        assertThrows(WriteConflict.class, () -> catalog.commit(object(BUCKET, "new", Optional.of(BOB), 2, 2),
                WriteCondition.replacing(first.version())));
        assertEquals(Optional.of(current), catalog.find(BUCKET, first.key()));
        assertEquals(Optional.empty(), catalog.find(BUCKET, new ObjectKey("new")));
    }

    @Test
    void concurrentReplacementsOfOneVersionLetExactlyOneWin() throws Exception {
        StoredObject first = put(BUCKET, "race", ALICE, 0, 0);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<StoredObject>> attempts = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                StoredObject candidate = object(BUCKET, "race", Optional.of(BOB), 1, 1);
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        catalog.commit(candidate, WriteCondition.replacing(first.version()));
                        return candidate;
                    } catch (WriteConflict lost) {
                        return null;
                    }
                }));
            }
            start.countDown();
            List<StoredObject> winners = new ArrayList<>();
            for (Future<StoredObject> attempt : attempts) {
                Optional.ofNullable(attempt.get()).ifPresent(winners::add);
            }
            assertEquals(1, winners.size());
            assertEquals(winners.get(0).version(), catalog.find(BUCKET, first.key()).orElseThrow().version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void removeDeletesOnlyTheExpectedVersion() {
        StoredObject first = put(BUCKET, "k", ALICE, 0, 0);
        StoredObject second = object(BUCKET, "k", Optional.of(ALICE), 1, 1);
        catalog.commit(second, WriteCondition.replacing(first.version()));
        StoredObject twin = put(OTHER_BUCKET, "k", ALICE, 0, 0);

        assertFalse(catalog.remove(first), "a stale version must not delete the newer one");
        assertTrue(catalog.find(BUCKET, first.key()).isPresent());

        assertTrue(catalog.remove(catalog.find(BUCKET, first.key()).orElseThrow()));
        assertEquals(Optional.empty(), catalog.find(BUCKET, first.key()));
        assertFalse(catalog.remove(second), "nothing left to remove");
        assertEquals(Optional.of(twin), catalog.find(OTHER_BUCKET, twin.key()));
    }

    @Test
    void removeBatchTakesAtMostTheLimitFromOneBucket() {
        Set<StoredObject> all = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            all.add(put(BUCKET, "f" + i + "/x", ALICE, i, i));
        }
        StoredObject elsewhere = put(OTHER_BUCKET, "f0/x", ALICE, 0, 0);

        Set<StoredObject> removed = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        List<StoredObject> batch;
        do {
            batch = catalog.removeBatch(BUCKET, 3);
            sizes.add(batch.size());
            removed.addAll(batch);
        } while (!batch.isEmpty());

        assertEquals(List.of(3, 3, 1, 0), sizes);
        assertEquals(all, removed);
        assertEquals(List.of(), listNames("", "", ObjectScope.all(), SortColumn.NAME, false, 100, 0));
        assertEquals(Optional.of(elsewhere), catalog.find(OTHER_BUCKET, elsewhere.key()));
    }

    @Test
    void listFoldsDeeperPathsIntoOneFolderEachWithFoldersFirstInEitherDirection() {
        tree();
        StoredObject readme = catalog.find(BUCKET, new ObjectKey("docs/readme.md")).orElseThrow();

        assertEquals(List.of("docs/", "music/", "photos/", "a.txt", "b.txt", "c.txt"), names(""));
        assertEquals(List.of("2024/", "readme.md"), names("docs/"));
        assertEquals(List.of("report.pdf"), names("docs/2024/"));
        assertEquals(List.of("x.jpg", "y.jpg"), names("photos/"));
        assertEquals(List.of(ObjectListEntry.folder("2024"), ObjectListEntry.file("readme.md", readme)),
                catalog.list(BUCKET, new ObjectListQuery("docs/", "", ObjectScope.all(), SortColumn.NAME, false, 9, 0)));
        assertEquals(List.of("photos/", "music/", "docs/", "c.txt", "b.txt", "a.txt"),
                listNames("", "", ObjectScope.all(), SortColumn.NAME, true, 100, 0));
        // a prefix is a whole folder path, never a name start
        assertEquals(List.of(), names("doc/"));
        assertEquals(List.of(), names("a.txt/"));
    }

    @Test
    void folderNamesSortSegmentBySegment() {
        for (String key : List.of("ab/1", "a-b/1", "a/1", "a/2/3", "a")) {
            put(BUCKET, key, ALICE, 0, 0);
        }
        assertEquals(List.of("a/", "a-b/", "ab/", "a"), names(""));
        assertEquals(List.of("ab/", "a-b/", "a/", "a"), listNames("", "", ObjectScope.all(), SortColumn.NAME, true, 9, 0));
    }

    @Test
    void listByTimePutsFoldersFirstThenFilesByTheColumnWithTheNameBreakingTies() {
        tree();
        ObjectScope all = ObjectScope.all();
        assertEquals(List.of("docs/", "music/", "photos/", "b.txt", "c.txt", "a.txt"),
                listNames("", "", all, SortColumn.CREATED_AT, false, 100, 0));
        assertEquals(List.of("photos/", "music/", "docs/", "a.txt", "c.txt", "b.txt"),
                listNames("", "", all, SortColumn.CREATED_AT, true, 100, 0));
        assertEquals(List.of("docs/", "music/", "photos/", "a.txt", "c.txt", "b.txt"),
                listNames("", "", all, SortColumn.UPDATED_AT, false, 100, 0));
        assertEquals(List.of("photos/", "music/", "docs/", "b.txt", "c.txt", "a.txt"),
                listNames("", "", all, SortColumn.UPDATED_AT, true, 100, 0));
    }

    @Test
    void searchMatchesTheStartOfFolderAndFileNamesOnThisLevel() {
        tree();
        ObjectScope all = ObjectScope.all();
        assertEquals(List.of("photos/"), listNames("", "p", all, SortColumn.NAME, false, 100, 0));
        assertEquals(List.of("docs/"), listNames("", "doc", all, SortColumn.CREATED_AT, false, 100, 0));
        assertEquals(List.of("c.txt"), listNames("", "c", all, SortColumn.NAME, false, 100, 0));
        assertEquals(List.of("readme.md"), listNames("docs/", "re", all, SortColumn.NAME, false, 100, 0));
        assertEquals(List.of("2024/"), listNames("docs/", "2", all, SortColumn.NAME, false, 100, 0));
        assertEquals(List.of(), listNames("", "x", all, SortColumn.NAME, false, 100, 0));
    }

    @Test
    void limitAndOffsetPageThroughFoldersThenFiles() {
        tree();
        ObjectScope all = ObjectScope.all();
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 8; offset += 2) {
            pages.addAll(listNames("", "", all, SortColumn.NAME, false, 2, offset));
        }
        assertEquals(names(""), pages);
        assertEquals(List.of("music/", "photos/", "a.txt", "b.txt"), listNames("", "", all, SortColumn.NAME, false, 4, 1));
        assertEquals(List.of("docs/", "a.txt", "c.txt"), listNames("", "", all, SortColumn.CREATED_AT, true, 3, 2));
        assertEquals(List.of("b.txt"), listNames("", "", all, SortColumn.CREATED_AT, true, 3, 5));
        assertEquals(List.of(), listNames("", "", all, SortColumn.NAME, false, 3, 6));
    }

    @Test
    void ownedScopeShowsOwnFilesAndOnlyTheFoldersHoldingOne() {
        tree();
        ObjectScope alice = ObjectScope.ownedBy(ALICE);
        ObjectScope bob = ObjectScope.ownedBy(BOB);
        assertEquals(List.of("docs/", "music/", "a.txt", "c.txt"), listNames("", "", alice, SortColumn.NAME, false, 100, 0));
        assertEquals(List.of("docs/", "photos/", "b.txt"), listNames("", "", bob, SortColumn.NAME, false, 100, 0));
        assertEquals(List.of("photos/", "docs/", "b.txt"), listNames("", "", bob, SortColumn.UPDATED_AT, true, 100, 0));
        assertEquals(List.of("2024/"), listNames("docs/", "", bob, SortColumn.NAME, false, 100, 0));
        assertEquals(List.of("c.txt"), listNames("", "", alice, SortColumn.NAME, false, 1, 3));
        assertEquals(List.of(), listNames("", "", ObjectScope.ownedBy(new UserId("carol")), SortColumn.NAME, false, 9, 0));
    }

    @Test
    void keyPagesFollowCodePointOrderWithinThePrefixFromAnInclusiveOrExclusiveBound() {
        tree();
        put(BUCKET, "docs-old.txt", ALICE, 8, 8);
        put(BUCKET, "docs\u00e9.txt", ALICE, 8, 8);
        assertEquals(List.of("a.txt", "b.txt", "c.txt", "docs-old.txt", "docs/2024/report.pdf", "docs/readme.md",
                "docs\u00e9.txt", "music/z.mp3", "photos/x.jpg", "photos/y.jpg"), keys("", "", true, ObjectScope.all(), 100));
        assertEquals(List.of("docs/2024/report.pdf", "docs/readme.md"), keys("docs/", "docs/", true, ObjectScope.all(), 100));
        assertEquals(List.of("docs/readme.md"), keys("docs/", "docs/2024/report.pdf", false, ObjectScope.all(), 100));
        assertEquals(List.of("docs/2024/report.pdf"), keys("docs/", "docs/2024/report.pdf", true, ObjectScope.all(), 1));
        assertEquals(List.of("docs\u00e9.txt", "music/z.mp3"), keys("", "docs0", true, ObjectScope.all(), 2));
        assertEquals(List.of("a.txt", "c.txt", "docs-old.txt"), keys("", "", true, ObjectScope.ownedBy(ALICE), 3));
        assertEquals(List.of(), keys("zzz", "", true, ObjectScope.all(), 10));
        assertEquals(List.of(), keys("", "", true, ObjectScope.none(), 10));
    }

    private List<String> keys(String prefix, String from, boolean inclusive, ObjectScope scope, int limit) {
        return catalog.listKeys(BUCKET, new io.stowage.application.port.out.ObjectKeyQuery(prefix, from, inclusive,
                scope, limit)).stream().map(object -> object.key().value()).toList();
    }

    /** Eight objects in BUCKET, with owners and times chosen so every sort order differs; one in OTHER_BUCKET. */
    private void tree() {
        put(BUCKET, "a.txt", ALICE, 5, 2);
        put(BUCKET, "b.txt", BOB, 3, 9);
        put(BUCKET, "c.txt", ALICE, 3, 5);
        put(BUCKET, "docs/readme.md", ALICE, 1, 1);
        put(BUCKET, "docs/2024/report.pdf", BOB, 2, 2);
        put(BUCKET, "photos/x.jpg", BOB, 4, 4);
        put(BUCKET, "photos/y.jpg", BOB, 6, 6);
        put(BUCKET, "music/z.mp3", ALICE, 7, 3);
        put(OTHER_BUCKET, "other.txt", ALICE, 0, 0);
    }

    private StoredObject put(BucketName bucket, String key, UserId owner, int createdSecond, int updatedSecond) {
        StoredObject object = object(bucket, key, Optional.of(owner), createdSecond, updatedSecond);
        catalog.commit(object, WriteCondition.absent());
        return object;
    }

    private List<String> names(String prefix) {
        return listNames(prefix, "", ObjectScope.all(), SortColumn.NAME, false, 100, 0);
    }

    /** The listing as names, folders marked with a trailing '/'. */
    private List<String> listNames(String prefix, String search, ObjectScope scope, SortColumn column,
            boolean descending, int limit, int offset) {
        return catalog.list(BUCKET, new ObjectListQuery(prefix, search, scope, column, descending, limit, offset))
                .stream()
                .map(entry -> entry.isFolder() ? entry.name() + "/" : entry.name())
                .toList();
    }

    protected static StoredObject object(BucketName bucket, String key, Optional<UserId> owner, int createdSecond,
            int updatedSecond) {
        return new StoredObject(UUID.randomUUID(), bucket, new ObjectKey(key), VersionId.random(), key.length(),
                ContentType.OCTET_STREAM, checksum(key.length()), owner, Optional.empty(), Optional.empty(),
                T0.plusSeconds(createdSecond), T0.plusSeconds(updatedSecond));
    }

    private static Checksum checksum(int seed) {
        return new Checksum(String.format("%064x", seed));
    }
}
