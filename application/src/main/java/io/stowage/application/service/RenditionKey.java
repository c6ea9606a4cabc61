package io.stowage.application.service;

import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.value.VersionId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names one rendition: a hash of the object version and the settled options. A new version of the
 * object has new names, so nothing rendered from an older one can be found under them.
 */
record RenditionKey(String value) {

    static RenditionKey of(VersionId version, ImageTransform resolved) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha256.digest((version + "|" + resolved.canonical()).getBytes(StandardCharsets.UTF_8));
            return new RenditionKey(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A strong validator for HTTP, distinct for each version and set of options. */
    String etag() {
        return "\"" + value.substring(0, 32) + "\"";
    }
}
