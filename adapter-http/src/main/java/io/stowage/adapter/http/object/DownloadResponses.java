package io.stowage.adapter.http.object;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.stream.BodySizeLimits;
import io.micronaut.scheduling.TaskExecutors;
import io.stowage.adapter.http.error.ApiError;
import io.stowage.adapter.http.error.ErrorResponses;
import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.out.BlobContent;
import io.stowage.domain.object.StoredObject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;

/**
 * Builds object read responses once the read was authorized: 304 for a current copy, 206 for one
 * range, 416 for a range past the end, else 200. The body is the blob's stream published in large chunks
 * as a raw byte body: Micronaut 4.10's SystemFile and StreamedFile writers copy through a FileInputStream
 * too (its Netty server writes no file region), and would add Expires and answer Range and
 * If-Modified-Since on their own. The body closes the stream when the response ends, fails or is
 * abandoned, and that closes the blob.
 */
@Singleton
final class DownloadResponses {

    private final ExecutorService blocking;

    DownloadResponses(@Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.blocking = blocking;
    }

    HttpResponse<?> get(HttpRequest<?> request, DownloadObject.Result result) {
        BlobContent content = result.content();
        boolean streaming = false;
        try {
            StoredObject object = result.object();
            if (content.size() != object.size()) {
                throw new IllegalStateException("blob size " + content.size() + " differs from catalog size "
                        + object.size() + " for " + object.bucket() + "/" + object.key());
            }
            if (ReadConditions.notModified(request.getHeaders(), object)) {
                return notModified(object);
            }
            RangeHeader.Request range = ReadConditions.rangeApplies(request.getHeaders(), object)
                    ? RangeHeader.parse(request.getHeaders().get(HttpHeaders.RANGE), object.size())
                    : new RangeHeader.Whole();
            if (range instanceof RangeHeader.Unsatisfiable) {
                return unsatisfiable(request, object);
            }
            ByteRange bytes = range instanceof RangeHeader.Partial partial ? partial.range() : null;
            long offset = bytes == null ? 0 : bytes.offset();
            long length = bytes == null ? object.size() : bytes.length();
            MutableHttpResponse<CloseableByteBody> response = HttpResponse.<CloseableByteBody>status(
                    bytes == null ? HttpStatus.OK : HttpStatus.PARTIAL_CONTENT);
            DownloadHeaders.apply(response.getHeaders(), object, request);
            response.getHeaders().set(HttpHeaders.CONTENT_LENGTH, Long.toString(length));
            if (bytes != null) {
                response.getHeaders().set(HttpHeaders.CONTENT_RANGE, bytes.contentRange(object.size()));
            }
            response.body(body(request, response.getHeaders(), content, offset, length));
            streaming = true;
            return response;
        } finally {
            if (!streaming) {
                // no body took the blob over: nothing else will close it
                content.close();
            }
        }
    }

    /** HEAD answers with GET's headers and no body; Range does not apply to it (RFC 9110, 14.2). */
    HttpResponse<?> head(HttpRequest<?> request, StoredObject object) {
        if (ReadConditions.notModified(request.getHeaders(), object)) {
            return notModified(object);
        }
        MutableHttpResponse<?> response = HttpResponse.ok();
        DownloadHeaders.apply(response.getHeaders(), object, request);
        response.getHeaders().set(HttpHeaders.CONTENT_LENGTH, Long.toString(object.size()));
        return response;
    }

    private static HttpResponse<?> notModified(StoredObject object) {
        MutableHttpResponse<?> response = HttpResponse.notModified();
        DownloadHeaders.validators(response.getHeaders(), object);
        return response;
    }

    private static HttpResponse<?> unsatisfiable(HttpRequest<?> request, StoredObject object) {
        MutableHttpResponse<?> response = ErrorResponses.of(request, ApiError.invalidRange(
                "The range is not satisfiable: the object has " + object.size() + " bytes"));
        response.getHeaders().set(HttpHeaders.CONTENT_RANGE, "bytes */" + object.size());
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        return response;
    }

    /**
     * The body publishes large chunks read on the blocking executor ({@link BlobChunkPublisher}).
     */
    private CloseableByteBody body(HttpRequest<?> request, MutableHttpHeaders headers, BlobContent content,
                                   long offset, long length) {
        InputStream bytes;
        try {
            bytes = new ContentClosingStream(content.stream(offset, length), content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the blob for reading", e);
        }
        ByteBodyFactory factory = serverRequest(request).byteBodyFactory();
        BlobChunkPublisher chunks = new BlobChunkPublisher(bytes, length, blocking, factory.readBufferFactory());
        // the headers carry the exact Content-Length, which the body is held to; discard covers a body
        // dropped before it was subscribed
        return factory.adapt(chunks, BodySizeLimits.UNLIMITED, headers, chunks::discard);
    }

    private static ServerHttpRequest<?> serverRequest(HttpRequest<?> request) {
        if (request instanceof ServerHttpRequest<?> server) {
            return server;
        }
        throw new IllegalStateException("not a server request: " + request.getClass().getName());
    }
}
