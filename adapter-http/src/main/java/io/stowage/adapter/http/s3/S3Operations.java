package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.stowage.domain.identity.Principal;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Picks the S3 operation a request names by its method, bucket, key and sub-resource, as S3 does;
 * anything else is NotImplemented.
 */
@Singleton
final class S3Operations {

    private final S3BucketOperations buckets;
    private final S3ObjectReads reads;
    private final S3ObjectWrites writes;
    private final S3Listings listings;

    S3Operations(S3BucketOperations buckets, S3ObjectReads reads, S3ObjectWrites writes, S3Listings listings) {
        this.buckets = buckets;
        this.reads = reads;
        this.writes = writes;
        this.listings = listings;
    }

    HttpResponse<?> dispatch(S3Request request, Principal caller, Optional<S3Caller> signed) {
        HttpMethod method = request.http().getMethod();
        if (request.bucket().isEmpty()) {
            if (method == HttpMethod.GET) {
                return buckets.listBuckets(caller);
            }
            throw S3Failure.notImplemented(method + " on the service");
        }
        if (request.key().isEmpty()) {
            return bucketOperation(request, caller, signed, method);
        }
        for (String subresource : new String[] {"uploads", "uploadId", "partNumber", "acl", "tagging", "retention",
                "legal-hold", "attributes", "torrent", "restore", "select"}) {
            if (request.has(subresource)) {
                throw S3Failure.notImplemented("The object sub-resource '" + subresource + "'");
            }
        }
        return switch (method.name()) {
            case "GET" -> reads.get(request, caller);
            case "HEAD" -> reads.head(request, caller);
            case "PUT" -> request.header("x-amz-copy-source").isPresent()
                    ? writes.copy(request, caller)
                    : writes.put(request, caller, signed);
            case "DELETE" -> writes.delete(request, caller);
            default -> throw S3Failure.notImplemented(method + " on an object");
        };
    }

    private HttpResponse<?> bucketOperation(S3Request request, Principal caller, Optional<S3Caller> signed,
            HttpMethod method) {
        if (method == HttpMethod.GET && request.has("location")) {
            return buckets.location(request, caller);
        }
        if (method == HttpMethod.GET && request.has("versioning")) {
            return buckets.versioning(request, caller);
        }
        if (method == HttpMethod.POST && request.has("delete")) {
            return writes.deleteMany(request, caller, signed);
        }
        for (var parameter : request.query()) {
            if (!S3Listings.PARAMETERS.contains(parameter.getKey()) && !parameter.getKey().startsWith("X-Amz-")
                    && !parameter.getKey().startsWith("x-id")) {
                throw S3Failure.notImplemented("The bucket sub-resource '" + parameter.getKey() + "'");
            }
        }
        return switch (method.name()) {
            case "GET" -> request.parameter("list-type").filter("2"::equals).isPresent()
                    ? listings.listV2(request, caller)
                    : listings.listV1(request, caller);
            case "HEAD" -> buckets.head(request, caller);
            case "PUT" -> buckets.create(request, caller);
            case "DELETE" -> buckets.delete(request, caller);
            default -> throw S3Failure.notImplemented(method + " on a bucket");
        };
    }
}
