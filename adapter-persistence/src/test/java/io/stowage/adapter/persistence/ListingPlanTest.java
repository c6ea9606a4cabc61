package io.stowage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.application.port.out.ObjectListQuery.SortColumn;
import io.stowage.domain.access.ObjectScope;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Listing a 100,000-object bucket reads indexes only, never the whole table, and a page of 1000
 * entries takes milliseconds. The bucket: "big/" holding 500 sub-folders of 100 objects, 900 folders
 * "dir-NNNN/" of 50 objects, and 5,000 files at the root; every tenth object is alice's.
 */
class ListingPlanTest {

    private static final BucketName BUCKET = new BucketName("large");
    private static final TestDatabase DATABASE = TestDatabase.get();

    @BeforeAll
    static void seed() {
        DATABASE.truncate();
        DATABASE.execute("INSERT INTO buckets (id, policy, created_at, updated_at, volume)"
                + " VALUES ('large', 'private', now(), now(), 'default')");
        DATABASE.execute("INSERT INTO objects (id, bucket_id, name, version, size, content_type, checksum_sha256,"
                + " owner, created_at, updated_at, blob_bucket_id)"
                + " SELECT gen_random_uuid(), 'large', CASE"
                + "   WHEN i <= 50000 THEN 'big/sub-' || lpad(((i - 1) / 100)::text, 3, '0') || '/f-' || i"
                + "   WHEN i <= 95000 THEN 'dir-' || lpad(((i - 50001) / 50)::text, 4, '0') || '/f-' || i"
                + "   ELSE 'f-' || i END,"
                + " gen_random_uuid(), i, 'application/octet-stream', repeat('0', 64),"
                + " CASE WHEN i % 10 = 0 THEN 'alice' ELSE 'bob' END,"
                + " timestamptz '2024-01-01' + i * interval '1 second',"
                + " timestamptz '2024-01-01' + (100000 - i) * interval '1 second', 'large'"
                + " FROM generate_series(1, 100000) AS i");
        DATABASE.execute("VACUUM ANALYZE objects");
    }

    @Test
    void theFolderWalkAndTheFileRangeUseIndexesOnly() throws SQLException {
        for (ObjectScope scope : List.of(ObjectScope.all(), ObjectScope.ownedBy(new UserId("alice")))) {
            for (boolean descending : new boolean[] {false, true}) {
                ObjectListQuery query = query("", "", scope, SortColumn.NAME, descending);
                LevelRange level = LevelRange.of(query);
                assertIndexOnly(FolderWalk.statement(BUCKET, level, scope, descending, 1000));
                for (SortColumn column : SortColumn.values()) {
                    assertIndexOnly(LevelFiles.statement(BUCKET, level, scope, column, descending, 0, 1000));
                }
            }
        }
        ObjectListQuery search = query("big/", "sub-1", ObjectScope.all(), SortColumn.NAME, false);
        assertIndexOnly(FolderWalk.statement(BUCKET, LevelRange.of(search), search.scope(), false, 1000));
    }

    @Test
    void aPageOfAThousandEntriesTakesMilliseconds() {
        List<ObjectListEntry> root = DATABASE.objects().list(BUCKET, query("", "", ObjectScope.all(), SortColumn.NAME,
                false));
        assertEquals(1000, root.size());
        assertEquals(ObjectListEntry.folder("big"), root.get(0));
        assertEquals(901, root.stream().filter(ObjectListEntry::isFolder).count());

        measure("root by name", query("", "", ObjectScope.all(), SortColumn.NAME, false));
        measure("root by name, descending", query("", "", ObjectScope.all(), SortColumn.NAME, true));
        measure("root by created_at, descending", query("", "", ObjectScope.all(), SortColumn.CREATED_AT, true));
        measure("root, alice's objects only", query("", "", ObjectScope.ownedBy(new UserId("alice")),
                SortColumn.NAME, false));
        measure("big/ (500 folders of 100)", query("big/", "", ObjectScope.all(), SortColumn.UPDATED_AT, false));
    }

    private static void measure(String label, ObjectListQuery query) {
        int runs = 30;
        long[] nanos = new long[runs];
        int size = 0;
        for (int warmup = 0; warmup < 10; warmup++) {
            DATABASE.objects().list(BUCKET, query);
        }
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = DATABASE.objects().list(BUCKET, query).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMillis = nanos[runs / 2] / 1e6;
        System.out.printf("listing %-32s %4d entries: median %.2f ms, max %.2f ms%n", label, size, medianMillis,
                nanos[runs - 1] / 1e6);
        // generous, so a slow machine passes; a scan of the table would take far longer
        assertTrue(medianMillis < 100, label + " took " + medianMillis + " ms");
    }

    private static void assertIndexOnly(SqlStatement statement) throws SQLException {
        SqlStatement explain = new SqlStatement().append("EXPLAIN (ANALYZE, COSTS OFF) " + statement.sql(),
                statement.parameters().toArray());
        StringBuilder plan = new StringBuilder();
        try (Connection connection = DATABASE.dataSource().getConnection();
                PreparedStatement prepared = explain.prepare(connection); ResultSet rows = prepared.executeQuery()) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        assertFalse(plan.toString().contains("Seq Scan"), plan.toString());
        assertTrue(plan.toString().contains("Index"), plan.toString());
    }

    private static ObjectListQuery query(String prefix, String search, ObjectScope scope, SortColumn column,
            boolean descending) {
        return new ObjectListQuery(prefix, search, scope, column, descending, 1000, 0);
    }
}
