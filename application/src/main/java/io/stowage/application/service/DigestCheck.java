package io.stowage.application.service;

import io.stowage.application.port.out.BlobWritten;
import io.stowage.domain.error.BadDigest;
import io.stowage.domain.value.ContentDigest;
import io.stowage.domain.value.ContentDigest.Algorithm;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Verifies the digests a client sent with an upload. SHA-256 is what every blob store measures anyway;
 * any other digest is computed here, on the way to the store, so the body is still read only once.
 */
final class DigestCheck {

    private final List<ContentDigest> expected;
    private final DigestInputStream md5;
    private final InputStream content;

    DigestCheck(List<ContentDigest> expected, InputStream content) {
        this.expected = expected;
        this.md5 = expected.stream().anyMatch(d -> d.algorithm() == Algorithm.MD5)
                ? new DigestInputStream(content, messageDigest(Algorithm.MD5)) : null;
        this.content = md5 != null ? md5 : content;
    }

    /** The stream to hand to the blob store: the content, measured on the way when needed. */
    InputStream content() {
        return content;
    }

    /** @throws BadDigest when the stored bytes are not the ones the client described */
    void verify(BlobWritten written) {
        byte[] md5Digest = md5 != null ? md5.getMessageDigest().digest() : null;
        for (ContentDigest digest : expected) {
            boolean matches = switch (digest.algorithm()) {
                case SHA_256 -> digest.hex().equals(written.sha256().sha256Hex());
                case MD5 -> digest.matches(md5Digest);
            };
            if (!matches) {
                throw new BadDigest(digest.algorithm().javaName());
            }
        }
    }

    private static MessageDigest messageDigest(Algorithm algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.javaName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm.javaName(), e);
        }
    }
}
