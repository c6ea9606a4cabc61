package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.stream.BodySizeLimits;
import io.micronaut.scheduling.TaskExecutors;
import io.stowage.adapter.http.headers.HttpDate;
import io.stowage.adapter.http.object.BlobChunkPublisher;
import io.stowage.adapter.http.object.ContentClosingStream;
import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.in.FindObject;
import io.stowage.application.port.out.BlobContent;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.EntityTags;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * GetObject and HeadObject: S3's conditional rules (If-Match and If-Unmodified-Since fail with 412,
 * If-None-Match and If-Modified-Since answer 304), one byte range, and the response-* overrides.
 */
@Singleton
final class S3ObjectReads {

    private static final Map<String, String> OVERRIDES = Map.of(
            "response-content-type", HttpHeaders.CONTENT_TYPE,
            "response-content-language", HttpHeaders.CONTENT_LANGUAGE,
            "response-expires", HttpHeaders.EXPIRES,
            "response-cache-control", HttpHeaders.CACHE_CONTROL,
            "response-content-disposition", HttpHeaders.CONTENT_DISPOSITION,
            "response-content-encoding", HttpHeaders.CONTENT_ENCODING);

    private final DownloadObject downloadObject;
    private final FindObject findObject;
    private final S3Metadata metadata;
    private final ExecutorService blocking;

    S3ObjectReads(DownloadObject downloadObject, FindObject findObject, S3Metadata metadata,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.downloadObject = downloadObject;
        this.findObject = findObject;
        this.metadata = metadata;
        this.blocking = blocking;
    }

    HttpResponse<?> head(S3Request request, Principal caller) {
        StoredObject object = findObject.findObject(caller, bucket(request), key(request));
        Optional<HttpResponse<?>> conditional = conditions(request, object);
        if (conditional.isPresent()) {
            return conditional.get();
        }
        MutableHttpResponse<?> response = HttpResponse.ok();
        headers(response.getHeaders(), object, request);
        response.getHeaders().set(HttpHeaders.CONTENT_LENGTH, Long.toString(object.size()));
        return response;
    }

    HttpResponse<?> get(S3Request request, Principal caller) {
        DownloadObject.Result result = downloadObject.download(caller, bucket(request), key(request));
        BlobContent content = result.content();
        boolean streaming = false;
        try {
            StoredObject object = result.object();
            Optional<HttpResponse<?>> conditional = conditions(request, object);
            if (conditional.isPresent()) {
                return conditional.get();
            }
            long[] range = range(request.header(HttpHeaders.RANGE), object.size());
            long offset = range == null ? 0 : range[0];
            long length = range == null ? object.size() : range[1];
            MutableHttpResponse<CloseableByteBody> response = HttpResponse.status(
                    range == null ? HttpStatus.OK : HttpStatus.PARTIAL_CONTENT);
            headers(response.getHeaders(), object, request);
            response.getHeaders().set(HttpHeaders.CONTENT_LENGTH, Long.toString(length));
            if (range != null) {
                response.getHeaders().set(HttpHeaders.CONTENT_RANGE,
                        "bytes " + offset + "-" + (offset + length - 1) + "/" + object.size());
            }
            response.body(body(request, response.getHeaders(), content, offset, length));
            streaming = true;
            return response;
        } finally {
            if (!streaming) {
                content.close();
            }
        }
    }

    private Optional<HttpResponse<?>> conditions(S3Request request, StoredObject object) {
        Instant modified = object.updatedAt().truncatedTo(ChronoUnit.SECONDS);
        Optional<String> ifMatch = request.header(HttpHeaders.IF_MATCH);
        if (ifMatch.isPresent() && !EntityTags.anyMatches(tags(ifMatch.get()), object.etag(), false)) {
            throw new S3Failure(HttpStatus.PRECONDITION_FAILED, "PreconditionFailed",
                    "At least one of the pre-conditions you specified did not hold");
        }
        if (ifMatch.isEmpty() && HttpDate.parse(request.header(HttpHeaders.IF_UNMODIFIED_SINCE).orElse(null))
                .filter(modified::isAfter).isPresent()) {
            throw new S3Failure(HttpStatus.PRECONDITION_FAILED, "PreconditionFailed",
                    "At least one of the pre-conditions you specified did not hold");
        }
        Optional<String> ifNoneMatch = request.header(HttpHeaders.IF_NONE_MATCH);
        boolean notModified = ifNoneMatch.isPresent()
                ? EntityTags.anyMatches(tags(ifNoneMatch.get()), object.etag(), true)
                : HttpDate.parse(request.header(HttpHeaders.IF_MODIFIED_SINCE).orElse(null))
                        .filter(since -> !modified.isAfter(since)).isPresent();
        if (notModified) {
            MutableHttpResponse<?> response = HttpResponse.notModified();
            response.getHeaders().set(HttpHeaders.ETAG, object.etag());
            response.getHeaders().set(HttpHeaders.LAST_MODIFIED, HttpDate.format(object.updatedAt()));
            return Optional.of(response);
        }
        return Optional.empty();
    }

    private static List<String> tags(String header) {
        return Arrays.stream(header.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    /** {offset, length} of one satisfiable range, null for the whole object (a malformed Range is ignored). */
    static long[] range(Optional<String> header, long size) {
        if (header.isEmpty() || !header.get().strip().startsWith("bytes=") || header.get().contains(",")) {
            return null;
        }
        String spec = header.get().strip().substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String first = spec.substring(0, dash);
            String last = spec.substring(dash + 1);
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                if (suffix == 0 || size == 0) {
                    throw unsatisfiable();
                }
                long length = Math.min(suffix, size);
                return new long[] {size - length, length};
            }
            long offset = Long.parseLong(first);
            long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
            if (offset >= size) {
                throw unsatisfiable();
            }
            if (end < offset) {
                return null;
            }
            return new long[] {offset, end - offset + 1};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static S3Failure unsatisfiable() {
        return new S3Failure(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "InvalidRange",
                "The requested range is not satisfiable");
    }

    private void headers(MutableHttpHeaders headers, StoredObject object, S3Request request) {
        headers.set(HttpHeaders.ETAG, object.etag());
        headers.set(HttpHeaders.LAST_MODIFIED, HttpDate.format(object.updatedAt()));
        headers.set(HttpHeaders.CONTENT_TYPE, object.contentType().value());
        headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        object.cacheControl().ifPresent(value -> headers.set(HttpHeaders.CACHE_CONTROL, value));
        object.contentEncoding().ifPresent(value -> headers.set(HttpHeaders.CONTENT_ENCODING, value));
        headers.set("x-amz-checksum-sha256", object.checksum().base64());
        // stored objects are served to S3 clients as they were stored; a browser never renders them here
        headers.set("X-Content-Type-Options", "nosniff");
        metadata.toHeaders(object.userMetadata(), headers);
        for (Map.Entry<String, String> override : OVERRIDES.entrySet()) {
            request.parameter(override.getKey()).filter(value -> value.chars().allMatch(c -> c >= 0x20 && c < 0x7f))
                    .ifPresent(value -> headers.set(override.getValue(), value));
        }
    }

    private CloseableByteBody body(S3Request request, MutableHttpHeaders headers, BlobContent content, long offset,
            long length) {
        InputStream bytes;
        try {
            bytes = new ContentClosingStream(content.stream(offset, length), content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the blob for reading", e);
        }
        if (!(request.http() instanceof ServerHttpRequest<?> server)) {
            throw new IllegalStateException("not a server request");
        }
        ByteBodyFactory factory = server.byteBodyFactory();
        BlobChunkPublisher chunks = new BlobChunkPublisher(bytes, length, blocking, factory.readBufferFactory());
        return factory.adapt(chunks, BodySizeLimits.UNLIMITED, headers, chunks::discard);
    }

    private static BucketName bucket(S3Request request) {
        return new BucketName(request.bucket().orElseThrow());
    }

    private static ObjectKey key(S3Request request) {
        return new ObjectKey(request.key().orElseThrow());
    }
}
