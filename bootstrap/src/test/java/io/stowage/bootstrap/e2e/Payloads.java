package io.stowage.bootstrap.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Deterministic test payloads written to temp files, and streaming SHA-256, so no test holds a large body in memory. */
final class Payloads {

    private Payloads() {
    }

    static Path file(long size, long seed) {
        try {
            Path file = Files.createTempFile("stowage-payload-", ".bin");
            file.toFile().deleteOnExit();
            SplittableRandom random = new SplittableRandom(seed);
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (long written = 0; written < size; ) {
                    int n = (int) Math.min(buffer.length, size - written);
                    for (int i = 0; i < n; i++) {
                        buffer[i] = (byte) random.nextInt(256);
                    }
                    out.write(buffer, 0, n);
                    written += n;
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(InputStream in) {
        try (DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digest.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
