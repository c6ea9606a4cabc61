package io.stowage.adapter.http.object;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidBucketName;
import io.stowage.domain.error.InvalidKey;
import io.stowage.domain.object.ObjectKey;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The bucket and key an object route addresses, read from the raw request path and decoded once.
 * A segment right after /object/ that names a fixed route of the request's method never addresses a
 * bucket: a bucket called "public" or "list" can never shadow those routes, even where the fixed route
 * did not match (GET /object/public/x.txt is not a read from bucket "public"). Where the method has no
 * such route (DELETE /object/public/x.txt), the bucket is meant and served.
 */
record ObjectPath(BucketName bucket, ObjectKey key) {

    static final String ROOT = "/storage/v1/object";
    /** The fixed routes of the contract, by method, including those still to come (sign, info, move...). */
    private static final Map<HttpMethod, Set<String>> FIXED_SEGMENTS = Map.of(
            HttpMethod.GET, Set.of("public", "authenticated", "sign", "info"),
            HttpMethod.HEAD, Set.of("public", "authenticated", "sign", "info"),
            HttpMethod.POST, Set.of("list", "sign", "upload", "move", "copy"),
            HttpMethod.PUT, Set.of("upload"));
    /** "", "storage", "v1", "object": the segments before anything a route adds. */
    private static final int ROOT_SEGMENTS = 4;

    /** The bucket and key after {@code fixed} (e.g. "public"), or right after /object/ when none. */
    static ObjectPath of(HttpRequest<?> request, String... fixed) {
        String[] rest = afterRoot(request, fixed);
        if (rest.length < 2) {
            throw new InvalidKey("Invalid key: the object path is missing");
        }
        BucketName bucket = bucket(rest[0]);
        String rawKey = String.join("/", Arrays.copyOfRange(rest, 1, rest.length));
        String key = PercentDecoding.decode(rawKey).orElseThrow(() -> new InvalidKey("Invalid key: bad percent-encoding"));
        return new ObjectPath(bucket, new ObjectKey(key));
    }

    /** A route addressing a whole bucket, such as /object/list/{bucket} or DELETE /object/{bucket}. */
    static BucketName bucketOf(HttpRequest<?> request, String... fixed) {
        String[] rest = afterRoot(request, fixed);
        if (rest.length != 1) {
            throw new InvalidBucketName("Bucket name invalid: the path must name exactly one bucket");
        }
        return bucket(rest[0]);
    }

    private static String[] afterRoot(HttpRequest<?> request, String... fixed) {
        String[] segments = request.getUri().getRawPath().split("/", -1);
        int first = ROOT_SEGMENTS + fixed.length;
        if (segments.length <= first) {
            return new String[0];
        }
        if (fixed.length == 0 && FIXED_SEGMENTS.getOrDefault(request.getMethod(), Set.of())
                .contains(PercentDecoding.decode(segments[first]).orElse(""))) {
            // the router matched the generic route only because the fixed one did not fit: no such route
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "Route not found");
        }
        return Arrays.copyOfRange(segments, first, segments.length);
    }

    private static BucketName bucket(String raw) {
        return new BucketName(PercentDecoding.decode(raw)
                .orElseThrow(() -> new InvalidBucketName("Bucket name invalid: bad percent-encoding")));
    }
}
