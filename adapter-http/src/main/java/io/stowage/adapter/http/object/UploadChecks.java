package io.stowage.adapter.http.object;

import io.micronaut.http.HttpHeaders;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.value.ContentDigest;
import io.stowage.domain.value.ContentDigest.Algorithm;
import java.util.ArrayList;
import java.util.List;

/**
 * The headers that make an upload conditional (If-Match, If-None-Match) or verified (Content-MD5,
 * x-checksum-sha256, both base64). They describe the stored object's bytes in either upload shape, raw
 * or multipart. Read before the body, so a malformed one is refused before any byte is read.
 */
final class UploadChecks {

    static final String CHECKSUM_SHA256 = "x-checksum-sha256";

    private UploadChecks() {
    }

    static ObjectPrecondition precondition(HttpHeaders headers) {
        return new ObjectPrecondition(
                EntityTagList.parse(HttpHeaders.IF_MATCH, headers.get(HttpHeaders.IF_MATCH)),
                EntityTagList.parse(HttpHeaders.IF_NONE_MATCH, headers.get(HttpHeaders.IF_NONE_MATCH)));
    }

    static List<ContentDigest> digests(HttpHeaders headers) {
        List<ContentDigest> digests = new ArrayList<>(2);
        String md5 = headers.get(HttpHeaders.CONTENT_MD5);
        if (md5 != null) {
            digests.add(ContentDigest.fromBase64(Algorithm.MD5, md5));
        }
        String sha256 = headers.get(CHECKSUM_SHA256);
        if (sha256 != null) {
            digests.add(ContentDigest.fromBase64(Algorithm.SHA_256, sha256));
        }
        return digests;
    }
}
