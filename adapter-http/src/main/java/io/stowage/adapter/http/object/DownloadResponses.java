package io.stowage.adapter.http.object;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.stream.InputStreamByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.out.BlobContent;
import io.stowage.domain.object.StoredObject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;

/**
 * Builds object read responses. The body is the blob's stream handed to Micronaut as a raw byte body:
 * Micronaut 4.10's SystemFile and StreamedFile writers copy through a FileInputStream too (no file
 * region), and would add Expires and answer Range and If-Modified-Since on their own. Micronaut closes
 * the stream when the response ends, or is abandoned, and that closes the blob.
 */
@Singleton
final class DownloadResponses {

    private final ExecutorService blocking;

    DownloadResponses(@Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.blocking = blocking;
    }

    HttpResponse<?> get(HttpRequest<?> request, DownloadObject.Result result) {
        BlobContent content = result.content();
        try {
            StoredObject object = result.object();
            if (content.size() != object.size()) {
                throw new IllegalStateException("blob size " + content.size() + " differs from catalog size "
                        + object.size() + " for " + object.bucket() + "/" + object.key());
            }
            MutableHttpResponse<CloseableByteBody> response = HttpResponse.ok(body(request, content, 0, object.size()));
            DownloadHeaders.apply(response.getHeaders(), object);
            return response;
        } catch (RuntimeException e) {
            content.close();
            throw e;
        }
    }

    HttpResponse<?> head(StoredObject object) {
        MutableHttpResponse<?> response = HttpResponse.ok();
        DownloadHeaders.apply(response.getHeaders(), object);
        return response;
    }

    private CloseableByteBody body(HttpRequest<?> request, BlobContent content, long offset, long length) {
        InputStream bytes;
        try {
            bytes = new ContentClosingStream(content.stream(offset, length), content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the blob for reading", e);
        }
        return InputStreamByteBody.create(bytes, OptionalLong.of(length), blocking, serverRequest(request).byteBodyFactory());
    }

    private static ServerHttpRequest<?> serverRequest(HttpRequest<?> request) {
        if (request instanceof ServerHttpRequest<?> server) {
            return server;
        }
        throw new IllegalStateException("not a server request: " + request.getClass().getName());
    }
}
