package io.stowage.application.service;

import static io.stowage.application.service.ServiceHarness.ALICE;
import static io.stowage.application.service.ServiceHarness.ALICE_ID;
import static io.stowage.application.service.ServiceHarness.ANON;
import static io.stowage.application.service.ServiceHarness.BOB;
import static io.stowage.application.service.ServiceHarness.BOB_ID;
import static io.stowage.application.service.ServiceHarness.T0;
import static io.stowage.application.service.ServiceHarness.body;
import static io.stowage.application.service.ServiceHarness.command;
import static io.stowage.application.service.ServiceHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.application.port.in.SignedUrl;
import io.stowage.application.port.in.UploadToSignedUrl;
import io.stowage.application.testing.InMemoryUrlTokens;
import io.stowage.domain.bucket.AccessPolicy;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.ExpiredToken;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.InvalidSignature;
import io.stowage.domain.error.ObjectAlreadyExists;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.share.SignedUpload;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Signed uploads: the signer's rights decide, the signer owns the result, and the token fits one path only. */
class SignedUploadServiceTest {

    private final ServiceHarness h = new ServiceHarness();
    private final InMemoryUrlTokens tokens = new InMemoryUrlTokens();
    private final SignedUploadService service = new SignedUploadService(h.buckets, h.objects, h.uploads, tokens,
            new ShareLimits(Duration.ofDays(7)), h.clock);
    private final SignedUrlService downloads = new SignedUrlService(h.buckets, h.objects, h.blobs, tokens,
            new ShareLimits(Duration.ofDays(7)), h.clock);
    private final BucketName docs = h.bucket("docs", AccessPolicy.PRIVATE);

    private StoredObject uploadWith(String token, String path, String text) {
        // the command names no caller and no upsert: the grant decides both
        return service.uploadSigned(new UploadToSignedUrl.Command(token, docs, new ObjectKey(path),
                ServiceHarness.bodyOf(command(ANON, docs, path, body(text), OptionalLong.empty(), false)))).object();
    }

    @Test
    void theUploadRunsAsTheSignerWhoOwnsTheResult() {
        SignedUrl signed = service.signUpload(BOB, docs, key("in/b.txt"), false, OptionalLong.empty());

        assertEquals(T0.plus(Duration.ofHours(2)), signed.expiresAt());
        StoredObject stored = uploadWith(signed.token(), "in/b.txt", "from a stranger");

        assertEquals(Optional.of(BOB_ID), stored.owner());
        assertEquals("from a stranger", h.textOf(stored));
    }

    @Test
    void onlyACallerWhoMayWriteThePathCanSign() {
        h.upload(ALICE, docs, "a.txt", "alice's");

        assertThrows(AccessDenied.class, () -> service.signUpload(ANON, docs, key("x.txt"), false, OptionalLong.empty()));
        assertThrows(AccessDenied.class, () -> service.signUpload(BOB, docs, key("a.txt"), true, OptionalLong.empty()));
        assertThrows(InvalidRequest.class, () -> service.signUpload(ALICE, docs, key("x.txt"), false, OptionalLong.of(0)));
        assertEquals(T0.plusSeconds(30), service.signUpload(ALICE, docs, key("a.txt"), true, OptionalLong.of(30)).expiresAt());
    }

    @Test
    void upsertIsTheSignersChoice() {
        h.upload(ALICE, docs, "a.txt", "first");
        String createOnly = service.signUpload(ALICE, docs, key("a.txt"), false, OptionalLong.empty()).token();
        String replacing = service.signUpload(ALICE, docs, key("a.txt"), true, OptionalLong.empty()).token();

        assertThrows(ObjectAlreadyExists.class, () -> uploadWith(createOnly, "a.txt", "second"));
        StoredObject replaced = uploadWith(replacing, "a.txt", "second");
        assertEquals("second", h.textOf(replaced));
        assertEquals(Optional.of(ALICE_ID), replaced.owner());
    }

    @Test
    void aTokenFitsOnlyItsPathItsScopeAndItsTime() {
        h.upload(ALICE, docs, "shared.txt", "read me");
        String upload = service.signUpload(ALICE, docs, key("a.txt"), false, OptionalLong.of(60)).token();
        String download = downloads.sign(ALICE, docs, key("shared.txt"), 60).token();

        assertThrows(InvalidSignature.class, () -> uploadWith(upload, "b.txt", "elsewhere"));
        assertThrows(InvalidSignature.class, () -> uploadWith(download, "shared.txt", "overwrite"));
        assertThrows(InvalidSignature.class, () -> downloads.openShared(upload, docs, key("a.txt")));
        assertThrows(InvalidSignature.class, () -> uploadWith("forged", "a.txt", "x"));
        h.clock.advance(Duration.ofSeconds(60));
        assertThrows(ExpiredToken.class, () -> uploadWith(upload, "a.txt", "late"));
        assertEquals(1, h.rows().size(), "no refused upload stored anything");
    }

    @Test
    void theGrantRemembersTheSignerAndUpsert() {
        String token = service.signUpload(ALICE, docs, key("a.txt"), true, OptionalLong.empty()).token();

        SignedUpload grant = (SignedUpload) tokens.grantOf(token);
        assertEquals(ALICE, grant.signer());
        assertEquals(true, grant.upsert());
        assertEquals(docs, grant.bucket());
    }

    @Test
    void maximumExpiryParsesSecondsAndUnits() {
        assertEquals(Duration.ofDays(7), ShareLimits.parse("7d").maxExpiry());
        assertEquals(Duration.ofHours(24), ShareLimits.parse("24h").maxExpiry());
        assertEquals(Duration.ofSeconds(3600), ShareLimits.parse("3600s").maxExpiry());
        assertEquals(Duration.ofSeconds(604800), ShareLimits.parse("604800").maxExpiry());
        assertEquals(Duration.ofMinutes(90), ShareLimits.parse("90m").maxExpiry());
        for (String bad : new String[] {"", "0", "-5", "7w", "d", "abc"}) {
            assertThrows(IllegalArgumentException.class, () -> ShareLimits.parse(bad), bad);
        }
        assertEquals(Duration.ofSeconds(60), new ShareLimits(Duration.ofSeconds(60)).uploadExpiry(OptionalLong.empty()));
    }
}
