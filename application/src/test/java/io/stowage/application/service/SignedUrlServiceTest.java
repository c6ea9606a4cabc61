package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.ANON;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.T0;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.in.SignObjectUrl;
import io.stowage.application.port.in.SignedUrl;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.testing.InMemoryUrlTokens;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.ExpiredToken;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.InvalidSignature;
import io.stowage.domain.error.ObjectNotFound;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.share.SignedDownload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signed download URLs: who may sign, and every way a token stops opening anything. */
class SignedUrlServiceTest {

    private final ServiceHarness h = new ServiceHarness();
    private final InMemoryUrlTokens tokens = new InMemoryUrlTokens();
    private final SignedUrlService service = new SignedUrlService(h.buckets, h.objects, h.blobs, tokens,
            new ShareLimits(Duration.ofDays(7)), h.clock);
    private final BucketName docs = h.bucket("docs", AccessPolicy.PRIVATE);

    private static String read(DownloadObject.Result result) throws Exception {
        try (BlobContent content = result.content(); InputStream stream = content.stream(0, content.size())) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aReaderSignsTheCurrentVersionAndAnyoneWithTheTokenReadsIt() throws Exception {
        StoredObject stored = h.upload(ALICE, docs, "a.txt", "hello");

        SignedUrl signed = service.sign(ALICE, docs, key("a.txt"), 60);

        assertEquals(T0.plusSeconds(60), signed.expiresAt());
        SignedDownload grant = (SignedDownload) tokens.grantOf(signed.token());
        assertEquals(stored.version(), grant.version());
        assertEquals(T0, grant.issuedAt());
        assertEquals("hello", read(service.openShared(signed.token(), docs, key("a.txt"))));
        assertEquals(stored, service.findShared(signed.token(), docs, key("a.txt")));
    }

    @Test
    void aCallerWhoMayNotReadIsToldTheObjectIsMissing() {
        h.upload(ALICE, docs, "a.txt", "hello");

        assertThrows(ObjectNotFound.class, () -> service.sign(BOB, docs, key("a.txt"), 60));
        assertThrows(ObjectNotFound.class, () -> service.sign(ANON, docs, key("a.txt"), 60));
        assertThrows(ObjectNotFound.class, () -> service.sign(ALICE, docs, key("missing.txt"), 60));
    }

    @Test
    void expiryMustBeOneSecondToTheMaximum() {
        h.upload(ALICE, docs, "a.txt", "hello");

        for (long seconds : new long[] {0, -1, Duration.ofDays(7).getSeconds() + 1}) {
            assertThrows(InvalidRequest.class, () -> service.sign(ALICE, docs, key("a.txt"), seconds));
        }
        assertEquals(T0.plus(Duration.ofDays(7)),
                service.sign(ALICE, docs, key("a.txt"), Duration.ofDays(7).getSeconds()).expiresAt());
    }

    @Test
    void aTokenOpensNothingOnceExpired() {
        h.upload(ALICE, docs, "a.txt", "hello");
        String token = service.sign(ALICE, docs, key("a.txt"), 60).token();

        h.clock.advance(Duration.ofSeconds(60));

        assertThrows(ExpiredToken.class, () -> service.openShared(token, docs, key("a.txt")));
        assertThrows(ExpiredToken.class, () -> service.findShared(token, docs, key("a.txt")));
    }

    @Test
    void aTokenOpensOnlyItsOwnPath() {
        h.upload(ALICE, docs, "a.txt", "hello");
        h.upload(ALICE, docs, "b.txt", "other");
        BucketName other = h.bucket("other", AccessPolicy.PRIVATE);
        h.upload(ALICE, other, "a.txt", "elsewhere");
        String token = service.sign(ALICE, docs, key("a.txt"), 60).token();

        assertThrows(InvalidSignature.class, () -> service.openShared(token, docs, key("b.txt")));
        assertThrows(InvalidSignature.class, () -> service.openShared(token, other, key("a.txt")));
        assertThrows(InvalidSignature.class, () -> service.openShared("forged", docs, key("a.txt")));
        assertThrows(InvalidSignature.class, () -> service.openShared("", docs, key("a.txt")));
        assertThrows(InvalidSignature.class, () -> service.openShared(null, docs, key("a.txt")));
    }

    @Test
    void aTokenDiesWhenItsVersionIsDeletedOrReplaced() {
        h.upload(ALICE, docs, "a.txt", "hello");
        String beforeOverwrite = service.sign(ALICE, docs, key("a.txt"), 60).token();
        h.upsert(ALICE, docs, "a.txt", "replaced");

        assertThrows(ObjectNotFound.class, () -> service.openShared(beforeOverwrite, docs, key("a.txt")));

        String beforeDelete = service.sign(ALICE, docs, key("a.txt"), 60).token();
        h.deletes.deleteObject(ALICE, docs, key("a.txt"));
        h.upload(ALICE, docs, "a.txt", "hello");

        assertThrows(ObjectNotFound.class, () -> service.openShared(beforeDelete, docs, key("a.txt")));
        assertThrows(ObjectNotFound.class, () -> service.findShared(beforeDelete, docs, key("a.txt")));
    }

    @Test
    void signingManyReportsEachPathOnItsOwn() {
        h.upload(ALICE, docs, "a.txt", "hello");
        h.upload(BOB, docs, "bob.txt", "bob's");

        List<SignObjectUrl.PathOutcome> outcomes = service.signMany(BOB, docs,
                List.of("a.txt", "bob.txt", "missing.txt", "../bad"), 60);

        assertEquals(List.of("a.txt", "bob.txt", "missing.txt", "../bad"),
                outcomes.stream().map(SignObjectUrl.PathOutcome::path).toList());
        assertEquals(Optional.of(SignedUrlService.UNAVAILABLE), outcomes.get(0).error());
        assertTrue(outcomes.get(0).signed().isEmpty());
        assertTrue(outcomes.get(1).signed().isPresent());
        assertTrue(outcomes.get(1).error().isEmpty());
        assertEquals(Optional.of(SignedUrlService.UNAVAILABLE), outcomes.get(2).error());
        assertTrue(outcomes.get(3).signed().isEmpty());
        assertTrue(outcomes.get(3).error().isPresent());
        assertThrows(InvalidRequest.class, () -> service.signMany(BOB, docs, List.of(), 60));
        assertThrows(InvalidRequest.class, () -> service.signMany(BOB, docs, List.of("a.txt"), 0));
    }
}
