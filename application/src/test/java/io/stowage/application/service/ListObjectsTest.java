package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.ANON;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.SERVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.ListObjects;
import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery.SortColumn;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Folder listings: one level, folders folded, only what the caller may read, with paging checked. */
class ListObjectsTest {

    private final ServiceHarness h = new ServiceHarness();
    private final BucketName privateBucket = h.bucket("private-docs", AccessPolicy.PRIVATE);
    private final BucketName publicBucket = h.bucket("site", AccessPolicy.PUBLIC);

    private List<String> names(Principal caller, BucketName bucket, String prefix) {
        return names(h.reads.listObjects(new ListObjects.Command(caller, bucket, prefix, "", SortColumn.NAME, false,
                100, 0)));
    }

    private static List<String> names(List<ObjectListEntry> entries) {
        return entries.stream().map(e -> (e.isFolder() ? "folder:" : "") + e.name()).toList();
    }

    @Test
    void listsOneLevelWithDeeperPathsFoldedIntoFolders() {
        for (String key : List.of("a.txt", "b.txt", "dir/c.txt", "dir/sub/d.txt", "dir/sub/e.txt", "dir2/f.txt")) {
            h.upload(ALICE, publicBucket, key, key);
        }
        assertEquals(List.of("folder:dir", "folder:dir2", "a.txt", "b.txt"), names(ANON, publicBucket, ""));
        assertEquals(List.of("folder:sub", "c.txt"), names(ANON, publicBucket, "dir"));
        assertEquals(List.of("folder:sub", "c.txt"), names(ANON, publicBucket, "dir/"));
        assertEquals(List.of("d.txt", "e.txt"), names(ANON, publicBucket, "dir/sub/"));
        assertEquals(List.of(), names(ANON, publicBucket, "nothing/"));
    }

    @Test
    void filesCarryTheirMetadataAndFoldersNone() {
        var stored = h.upload(ALICE, publicBucket, "dir/a.txt", "x");
        h.upload(ALICE, publicBucket, "top.txt", "y");
        List<ObjectListEntry> root = h.reads.listObjects(new ListObjects.Command(ANON, publicBucket, "", "",
                SortColumn.NAME, false, 100, 0));
        assertTrue(root.get(0).object().isEmpty());
        List<ObjectListEntry> dir = h.reads.listObjects(new ListObjects.Command(ANON, publicBucket, "dir/", "",
                SortColumn.NAME, false, 100, 0));
        assertEquals(List.of(ObjectListEntry.file("a.txt", stored)), dir);
    }

    @Test
    void aPrivateBucketListsOnlyWhatTheCallerMayRead() {
        h.upload(ALICE, privateBucket, "alice.txt", "a");
        h.upload(ALICE, privateBucket, "alice-dir/x.txt", "a");
        h.upload(BOB, privateBucket, "bob.txt", "b");
        h.upload(BOB, privateBucket, "bob-dir/y.txt", "b");

        assertEquals(List.of("folder:alice-dir", "folder:bob-dir", "alice.txt", "bob.txt"),
                names(ALICE, privateBucket, ""));
        assertEquals(List.of("folder:alice-dir", "folder:bob-dir", "alice.txt", "bob.txt"),
                names(SERVICE, privateBucket, ""));
        assertEquals(List.of("folder:bob-dir", "bob.txt"), names(BOB, privateBucket, ""));
        assertEquals(List.of(), names(ANON, privateBucket, ""));
    }

    @Test
    void searchKeepsNamesStartingWithItWithinTheFolder() {
        for (String key : List.of("photo-1.png", "photo-2.png", "photos/x.png", "notes.txt")) {
            h.upload(ALICE, publicBucket, key, key);
        }
        List<ObjectListEntry> found = h.reads.listObjects(new ListObjects.Command(ANON, publicBucket, "", "photo",
                SortColumn.NAME, false, 100, 0));
        assertEquals(List.of("folder:photos", "photo-1.png", "photo-2.png"), names(found));
    }

    @Test
    void sortsAndPages() {
        h.upload(ALICE, publicBucket, "b.txt", "1");
        h.clock.advance(Duration.ofSeconds(1));
        h.upload(ALICE, publicBucket, "a.txt", "2");
        h.clock.advance(Duration.ofSeconds(1));
        h.upload(ALICE, publicBucket, "c.txt", "3");

        assertEquals(List.of("c.txt", "b.txt", "a.txt"), names(h.reads.listObjects(
                new ListObjects.Command(ANON, publicBucket, "", "", SortColumn.NAME, true, 100, 0))));
        assertEquals(List.of("b.txt", "a.txt", "c.txt"), names(h.reads.listObjects(
                new ListObjects.Command(ANON, publicBucket, "", "", SortColumn.CREATED_AT, false, 100, 0))));
        assertEquals(List.of("a.txt"), names(h.reads.listObjects(
                new ListObjects.Command(ANON, publicBucket, "", "", SortColumn.CREATED_AT, false, 1, 1))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, ReadService.MAX_LIST_LIMIT + 1})
    void refusesALimitOutOfRange(int limit) {
        assertThrows(InvalidRequest.class, () -> h.reads.listObjects(new ListObjects.Command(ALICE, publicBucket, "",
                "", SortColumn.NAME, false, limit, 0)));
    }

    @Test
    void acceptsTheLargestLimitAndRefusesANegativeOffset() {
        assertEquals(List.of(), h.reads.listObjects(new ListObjects.Command(ALICE, publicBucket, "", "",
                SortColumn.NAME, false, ReadService.MAX_LIST_LIMIT, 0)));
        assertThrows(InvalidRequest.class, () -> h.reads.listObjects(new ListObjects.Command(ALICE, publicBucket, "",
                "", SortColumn.NAME, false, 10, -1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dir", "a//b", "a\u0000b/"})
    void refusesAPrefixThatIsNotAFolderPath(String prefix) {
        assertThrows(InvalidRequest.class, () -> names(ALICE, publicBucket, prefix));
    }

    @Test
    void refusesASearchThatReachesIntoSubFolders() {
        assertThrows(InvalidRequest.class, () -> h.reads.listObjects(new ListObjects.Command(ALICE, publicBucket, "",
                "dir/x", SortColumn.NAME, false, 10, 0)));
    }

    @Test
    void normalizesTheFolderPrefix() {
        assertEquals("", ReadService.folderPrefix(null));
        assertEquals("", ReadService.folderPrefix(""));
        assertEquals("", ReadService.folderPrefix("/"));
        assertEquals("a/b/", ReadService.folderPrefix("a/b"));
        assertEquals("a/b/", ReadService.folderPrefix("a/b/"));
    }

    @Test
    void aMissingBucketIsBucketNotFound() {
        assertThrows(BucketNotFound.class, () -> names(ALICE, new BucketName("nowhere"), ""));
    }
}
