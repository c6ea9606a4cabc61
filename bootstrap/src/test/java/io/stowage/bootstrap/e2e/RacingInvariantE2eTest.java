package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 1000 rounds of uploads and deletes racing on three paths over real HTTP: no request fails with a
 * server error, and afterwards, once a sweep has run, the blobs on the volume are exactly those the rows
 * point to — no orphan blob, no row without its blob.
 */
class RacingInvariantE2eTest {

    private static final int ROUNDS = 1000;
    private static final List<String> PATHS = List.of("hot/a.bin", "hot/b.bin", "c.bin");

    @Test
    void racingUploadsAndDeletesKeepEveryBlobMatchedToExactlyItsRow() throws Exception {
        Api owner = Api.as(Tokens.user("racer"));
        assertEquals(200, owner.createBucket("race", "private").statusCode());
        Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> rounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Random random = new Random(round);
                String path = "/object/race/" + PATHS.get(random.nextInt(PATHS.size()));
                byte[] body = new byte[1 + random.nextInt(4096)];
                random.nextBytes(body);
                boolean upload = random.nextInt(3) > 0;
                rounds.add(pool.submit(() -> statuses.add(upload
                        ? owner.upload("PUT", path, "application/octet-stream",
                                HttpRequest.BodyPublishers.ofByteArray(body), true).statusCode()
                        : owner.delete(path).statusCode())));
            }
            for (Future<?> round : rounds) {
                round.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Set.of(200, 404).containsAll(statuses), "only successes and deletes of nothing: " + statuses);
        // one path surely holds an object at the end, so the comparison below is never of two empty sets
        assertEquals(200, owner.upload("PUT", "/object/race/c.bin", "application/octet-stream",
                HttpRequest.BodyPublishers.ofByteArray(new byte[] {1}), true).statusCode());

        var swept = Api.as(Tokens.serviceRole()).postJson("/admin/sweep", "{}");
        assertEquals(200, swept.statusCode(), swept.body());

        ObjectCatalog catalog = TestServer.shared().context().getBean(ObjectCatalog.class);
        Set<String> rowVersions = new HashSet<>();
        for (String path : PATHS) {
            catalog.find(new BucketName("race"), new ObjectKey(path))
                    .ifPresent(object -> rowVersions.add(object.version().toString()));
        }
        assertTrue(rowVersions.size() >= 1);
        assertEquals(rowVersions, BlobInventory.versionsOf("race"), "blobs on the volume = blobs the rows point to");
    }
}
