package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.UploadResumably;
import io.stowage.application.port.out.ResumableUploadStore;
import io.stowage.application.port.out.UploadPart;
import io.stowage.application.service.Volumes;
import io.stowage.bootstrap.Stowage;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An abandoned resumable upload expires (410), and the sweep's pruning leaves none of its staged bytes. */
class ResumableExpiryE2eTest {

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anExpiredUploadAnswers410AndThePruningDeletesItsChunks() {
        try (Stowage server = TestServer.start(Map.of("stowage.resumable.expiry", "2s"))) {
            Api owner = new Api(URI.create(server.url() + "/storage/v1"), Tokens.user("tus-expiry"));
            assertEquals(200, owner.createBucket("resumable-expiry", "private").statusCode());
            HttpResponse<String> created = owner.send(owner.request("/upload/resumable").header("Upload-Length", "10")
                    .header("Upload-Metadata", "bucketName " + b64("resumable-expiry") + ",objectName " + b64("a.bin"))
                    .POST(BodyPublishers.noBody()));
            assertEquals(201, created.statusCode(), created.body());
            String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
            String upload = "/upload/resumable/" + id;
            HttpResponse<String> patched = owner.send(owner.request(upload)
                    .header("Content-Type", "application/offset+octet-stream").header("Upload-Offset", "0")
                    .method("PATCH", BodyPublishers.ofString("abcd")));
            assertEquals(204, patched.statusCode(), patched.body());
            List<UploadPart> parts = server.context().getBean(ResumableUploadStore.class).parts(id);
            Volumes volumes = server.context().getBean(Volumes.class);
            assertEquals(1, parts.size());
            assertTrue(volumes.exists(parts.get(0).location()));

            Eventually.until(() -> owner.send(owner.request(upload).method("HEAD", BodyPublishers.noBody())).statusCode(),
                    status -> status == 410, Duration.ofSeconds(20), "the upload to expire");
            // the sweep schedule calls this after each sweep
            assertEquals(1, server.context().getBean(UploadResumably.class).pruneExpired());

            assertFalse(volumes.exists(parts.get(0).location()), "the staged chunk is deleted");
            assertEquals(404, owner.send(owner.request(upload).method("HEAD", BodyPublishers.noBody())).statusCode());
            assertEquals(0, server.context().getBean(ResumableUploadStore.class).parts(id).size());
        }
    }
}
