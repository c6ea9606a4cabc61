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
import io.stowage.adapter.http.headers.HttpDate;
import io.stowage.application.port.in.RenderImage;
import io.stowage.domain.object.EntityTags;
import io.stowage.domain.object.StoredObject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;

/**
 * Answers with a rendition: 304 when If-None-Match names its ETag, else its bytes streamed from the
 * cache with the rendition's type, the source object's Cache-Control and Last-Modified, and Vary: Accept
 * (without a format, the Accept header picks WebP).
 */
@Singleton
final class RenderResponses {

    private final ExecutorService blocking;

    RenderResponses(@Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.blocking = blocking;
    }

    HttpResponse<?> get(HttpRequest<?> request, RenderImage.Rendition rendition) {
        boolean streaming = false;
        try {
            String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
            if (ifNoneMatch != null && EntityTagList.parseLenient(ifNoneMatch)
                    .filter(tags -> EntityTags.anyMatches(tags, rendition.etag(), true)).isPresent()) {
                MutableHttpResponse<?> notModified = HttpResponse.notModified();
                validators(notModified.getHeaders(), rendition);
                return notModified;
            }
            long length = rendition.content().size();
            MutableHttpResponse<CloseableByteBody> response = HttpResponse.status(HttpStatus.OK);
            MutableHttpHeaders headers = response.getHeaders();
            validators(headers, rendition);
            headers.set(HttpHeaders.CONTENT_TYPE, rendition.contentType().value());
            headers.set(HttpHeaders.CONTENT_LENGTH, Long.toString(length));
            String requestedName = request.getParameters().get(DownloadHeaders.DOWNLOAD_PARAMETER);
            String key = rendition.source().key().value();
            String filename = requestedName == null || requestedName.isBlank()
                    ? key.substring(key.lastIndexOf('/') + 1) : requestedName;
            headers.set(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.of(requestedName != null, filename));
            response.body(body(request, headers, rendition, length));
            streaming = true;
            return response;
        } finally {
            if (!streaming) {
                rendition.content().close();
            }
        }
    }

    private static void validators(MutableHttpHeaders headers, RenderImage.Rendition rendition) {
        StoredObject source = rendition.source();
        headers.set(HttpHeaders.ETAG, rendition.etag());
        headers.set(HttpHeaders.LAST_MODIFIED, HttpDate.format(source.updatedAt()));
        headers.set(HttpHeaders.CACHE_CONTROL, source.cacheControl().orElse(DownloadHeaders.DEFAULT_CACHE_CONTROL));
        headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        headers.set("X-Content-Type-Options", "nosniff");
    }

    private CloseableByteBody body(HttpRequest<?> request, MutableHttpHeaders headers, RenderImage.Rendition rendition,
            long length) {
        InputStream bytes;
        try {
            bytes = new ContentClosingStream(rendition.content().stream(0, length), rendition.content());
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the rendition for reading", e);
        }
        if (!(request instanceof ServerHttpRequest<?> server)) {
            throw new IllegalStateException("not a server request: " + request.getClass().getName());
        }
        ByteBodyFactory factory = server.byteBodyFactory();
        BlobChunkPublisher chunks = new BlobChunkPublisher(bytes, length, blocking, factory.readBufferFactory());
        return factory.adapt(chunks, BodySizeLimits.UNLIMITED, headers, chunks::discard);
    }

}
