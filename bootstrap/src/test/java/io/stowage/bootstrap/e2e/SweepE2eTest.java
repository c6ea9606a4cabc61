package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.UploadIntent;
import io.stowage.application.service.InFlightWrites;
import io.stowage.application.service.Volumes;
import io.stowage.bootstrap.Stowage;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The sweeper on the real server and its default volume: what a crashed upload left (a blob under an old
 * intent) is deleted by {@code POST /admin/sweep}, and a young intent, an upload in flight, is left alone.
 */
class SweepE2eTest {

    private static BlobLocation blobOfACrashedUpload(Stowage server, Instant startedAt) {
        BlobLocation location = new BlobLocation(VolumeName.DEFAULT, new BucketName("crashed"), VersionId.random());
        server.context().getBean(BlobBookkeeping.class).recordIntent(
                new UploadIntent(location, new BucketName("crashed"), new ObjectKey("big.bin"), startedAt));
        server.context().getBean(Volumes.class).put(location, new ByteArrayInputStream(new byte[4096]), 4096);
        return location;
    }

    @Test
    void theServiceRoleSweepsAwayTheBlobOfAnUploadThatDiedAndKeepsOneInFlight() {
        Stowage server = TestServer.shared();
        Volumes volumes = server.context().getBean(Volumes.class);
        InFlightWrites writing = server.context().getBean(InFlightWrites.class);
        BlobLocation dead = blobOfACrashedUpload(server, Instant.now().minus(Duration.ofHours(2)));
        // a write this instance has in flight: its lease keeps it, however long the test takes
        BlobLocation inFlight = new BlobLocation(VolumeName.DEFAULT, new BucketName("crashed"), VersionId.random());
        writing.begin(inFlight.version());
        server.context().getBean(BlobBookkeeping.class).recordIntent(
                new UploadIntent(inFlight, new BucketName("crashed"), new ObjectKey("slow.bin"), Instant.now()));
        volumes.put(inFlight, new ByteArrayInputStream(new byte[4096]), 4096);

        // the dead upload's intent is no write's any more: the instance releases it at its next heartbeat
        var reply = Eventually.until(() -> Api.as(Tokens.serviceRole()).postJson("/admin/sweep", "{}"),
                answer -> answer.statusCode() != 200 || !answer.body().contains("\"stale_intents_expired\":0"),
                Duration.ofSeconds(30), "a sweep that finds the dead upload's intent");

        assertEquals(200, reply.statusCode(), reply.body());
        JsonNode report = Json.body(reply);
        assertTrue(report.get("ran").asBoolean());
        assertTrue(report.get("stale_intents_expired").asLong() >= 1, reply.body());
        assertFalse(volumes.exists(dead), "the dead upload's blob is gone");
        assertTrue(volumes.exists(inFlight), "an upload in flight keeps its blob");
        volumes.delete(inFlight);
        server.context().getBean(BlobBookkeeping.class).forgetIntent(inFlight.version());
        writing.end(inFlight.version());
    }

    @Test
    void metricsShowTheBackendPerVolumeAndTheSweeps() {
        Stowage server = TestServer.shared();
        Api owner = Api.as(Tokens.user("metered"));
        assertEquals(200, owner.createBucket("metered", "private").statusCode());
        assertEquals(200, owner.upload("/object/metered/a.txt", "text/plain", "abc".getBytes()).statusCode());
        assertEquals(200, Api.as(Tokens.serviceRole()).postJson("/admin/sweep", "{}").statusCode());

        String metrics = new Api(server.url(), null).get("/metrics").body();

        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("stowage_backend_seconds_count{")
                && line.contains("operation=\"put\"") && line.contains("outcome=\"ok\"")
                && line.contains("volume=\"default\"")), metrics);
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("stowage_sweep_seconds_count")), metrics);
        assertTrue(metrics.contains("stowage_sweep_blobs_deleted_total{category=\"stale_intent\"}"), metrics);
    }

    @Test
    void theSweepRemovesARowWhoseBlobVanishedAndAnOldBlobNothingAccountsFor() throws Exception {
        Stowage server = TestServer.shared();
        Volumes volumes = server.context().getBean(Volumes.class);
        Api owner = Api.as(Tokens.user("reconciled"));
        assertEquals(200, owner.createBucket("reconciled", "private").statusCode());
        assertEquals(200, owner.upload("/object/reconciled/broken.txt", "text/plain", "x".getBytes()).statusCode());
        StoredObject broken = server.context().getBean(ObjectCatalog.class)
                .find(new BucketName("reconciled"), new ObjectKey("broken.txt")).orElseThrow();
        volumes.delete(new BlobLocation(VolumeName.DEFAULT, broken.blobBucket(), broken.version()));
        BlobLocation young = new BlobLocation(VolumeName.DEFAULT, new BucketName("reconciled"), VersionId.random());
        volumes.put(young, new ByteArrayInputStream(new byte[16]), 16);
        BlobLocation old = new BlobLocation(VolumeName.DEFAULT, new BucketName("reconciled"), VersionId.random());
        volumes.put(old, new ByteArrayInputStream(new byte[16]), 16);
        if (!TestServer.onS3()) {
            // a file store can be told the blob is old; S3 stamps its own times, so there only the young one is tried
            Path file = server.dataDir().resolve("blobs/reconciled").resolve(old.version().toString().substring(0, 2))
                    .resolve(old.version().toString());
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        }

        JsonNode report = Json.body(Api.as(Tokens.serviceRole()).postJson("/admin/sweep", "{}"));

        assertTrue(report.get("rows_without_blob").asLong() >= 1, report.toString());
        assertTrue(report.get("rows_removed").asLong() >= 1, report.toString());
        assertEquals(404, owner.get("/object/reconciled/broken.txt").statusCode());
        assertTrue(volumes.exists(young), "a young untracked blob may be a write in flight");
        if (!TestServer.onS3()) {
            assertTrue(report.get("orphan_blobs_deleted").asLong() >= 1, report.toString());
            assertFalse(volumes.exists(old));
        }
        volumes.delete(young);
        volumes.delete(old);
    }

    @Test
    void healthShowsTheStartupConsistencyCheck() {
        JsonNode health = Json.body(new Api(TestServer.shared().url(), null).get("/health"));
        JsonNode consistency = health.get("consistency");
        assertTrue(consistency.get("complete").asBoolean(), health.toString());
        assertTrue(consistency.has("orphan_blobs") && consistency.has("rows_without_blob"), health.toString());
    }

    @Test
    void nobodyButTheServiceRoleMaySweep() {
        assertError(Api.as(Tokens.user("sweeper")).postJson("/admin/sweep", "{}"), 403, "AccessDenied");
        assertError(Api.anonymous().postJson("/admin/sweep", "{}"), 403, "AccessDenied");
    }
}
