package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpResponse;
import io.stowage.adapter.http.s3.sigv4.UriEncoding;
import io.stowage.application.port.in.ListObjectKeys;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.StoredObject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * ListObjects (v1, marker) and ListObjectsV2 (continuation token, start-after): one key-ordered listing
 * through {@link ListObjectKeys}. The continuation token is the last key or common prefix returned, in
 * base64url, so any instance resumes it.
 */
@Singleton
final class S3Listings {

    static final Set<String> PARAMETERS = Set.of("list-type", "prefix", "delimiter", "marker", "max-keys",
            "continuation-token", "start-after", "encoding-type", "fetch-owner");

    private final ListObjectKeys listObjectKeys;

    S3Listings(ListObjectKeys listObjectKeys) {
        this.listObjectKeys = listObjectKeys;
    }

    HttpResponse<?> listV1(S3Request request, Principal caller) {
        String marker = request.parameter("marker").orElse("");
        Listing listing = list(request, caller, marker);
        S3Xml xml = new S3Xml().root("ListBucketResult").element("Name", request.bucket().orElseThrow())
                .element("Prefix", listing.encode(listing.prefix)).element("Marker", listing.encode(marker))
                .element("MaxKeys", listing.maxKeys);
        listing.delimiter.ifPresent(d -> xml.element("Delimiter", listing.encode(d)));
        listing.encodingType.ifPresent(type -> xml.element("EncodingType", type));
        xml.element("IsTruncated", listing.result.truncated());
        if (listing.result.truncated() && listing.delimiter.isPresent()) {
            listing.result.last().ifPresent(last -> xml.element("NextMarker", listing.encode(last)));
        }
        listing.entries(xml);
        return S3Responses.xml(xml.close("ListBucketResult"));
    }

    HttpResponse<?> listV2(S3Request request, Principal caller) {
        Optional<String> token = request.parameter("continuation-token");
        Optional<String> startAfter = request.parameter("start-after");
        String after = token.map(S3Listings::decodeToken).orElse(startAfter.orElse(""));
        Listing listing = list(request, caller, after);
        S3Xml xml = new S3Xml().root("ListBucketResult").element("Name", request.bucket().orElseThrow())
                .element("Prefix", listing.encode(listing.prefix));
        startAfter.ifPresent(value -> xml.element("StartAfter", listing.encode(value)));
        token.ifPresent(value -> xml.element("ContinuationToken", value));
        xml.element("KeyCount", listing.result.objects().size() + listing.result.commonPrefixes().size())
                .element("MaxKeys", listing.maxKeys);
        listing.delimiter.ifPresent(d -> xml.element("Delimiter", listing.encode(d)));
        listing.encodingType.ifPresent(type -> xml.element("EncodingType", type));
        xml.element("IsTruncated", listing.result.truncated());
        if (listing.result.truncated()) {
            listing.result.last().ifPresent(last -> xml.element("NextContinuationToken", encodeToken(last)));
        }
        listing.entries(xml);
        return S3Responses.xml(xml.close("ListBucketResult"));
    }

    private Listing list(S3Request request, Principal caller, String after) {
        String prefix = request.parameter("prefix").orElse("");
        Optional<String> delimiter = request.parameter("delimiter").filter(d -> !d.isEmpty());
        Optional<String> encodingType = request.parameter("encoding-type");
        if (encodingType.isPresent() && !encodingType.get().equals("url")) {
            throw S3Failure.invalidArgument("Invalid Encoding Method specified in Request");
        }
        int maxKeys;
        try {
            maxKeys = Math.min(Integer.parseInt(request.parameter("max-keys").orElse("1000")), ListObjectKeys.MAX_KEYS);
        } catch (NumberFormatException e) {
            throw S3Failure.invalidArgument("max-keys must be a number");
        }
        if (maxKeys < 0) {
            throw S3Failure.invalidArgument("max-keys must not be negative");
        }
        ListObjectKeys.Result result = listObjectKeys.listKeys(new ListObjectKeys.Command(caller,
                new BucketName(request.bucket().orElseThrow()), prefix, delimiter, after, maxKeys));
        return new Listing(prefix, delimiter, encodingType, maxKeys, result);
    }

    private static String encodeToken(String last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(last.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw S3Failure.invalidArgument("The continuation token provided is incorrect");
        }
    }

    private record Listing(String prefix, Optional<String> delimiter, Optional<String> encodingType, int maxKeys,
            ListObjectKeys.Result result) {

        String encode(String text) {
            return encodingType.isPresent() ? UriEncoding.encode(text, true) : text;
        }

        void entries(S3Xml xml) {
            for (StoredObject object : result.objects()) {
                xml.open("Contents").element("Key", encode(object.key().value()))
                        .element("LastModified", S3Xml.timestamp(object.updatedAt()))
                        .element("ETag", object.etag()).element("Size", object.size())
                        .element("StorageClass", "STANDARD").close("Contents");
            }
            for (String common : result.commonPrefixes()) {
                xml.open("CommonPrefixes").element("Prefix", encode(common)).close("CommonPrefixes");
            }
        }
    }
}
