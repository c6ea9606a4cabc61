package io.stowage.adapter.webdav;

import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.blob.MeasuringInputStream;
import io.stowage.domain.error.StorageUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The HTTP side of the WebDAV store: one JDK client per volume, which keeps its connections alive and
 * reuses them, with at most {@code max-connections} requests in flight (a streamed download holds its
 * permit until it is closed). Every request carries the credential pre-emptively, so no body is ever sent
 * twice; any failure to get an answer becomes {@link StorageUnavailable}.
 */
final class DavClient implements AutoCloseable {

    static final String UNAVAILABLE = "blob store unavailable";

    private final HttpClient http;
    private final Optional<String> authorization;
    private final Duration ioTimeout;
    private final Semaphore permits;
    private final IdleWatchdog watchdog;

    DavClient(WebdavSettings settings) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.authorization = settings.authorization();
        this.ioTimeout = settings.ioTimeout();
        this.permits = new Semaphore(settings.maxConnections(), true);
        this.watchdog = new IdleWatchdog(settings.ioTimeout());
    }

    /** A request to {@code uri} with the credential; the caller sets the method and any header. */
    HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        authorization.ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    /** Sends a request without a body worth reading and answers its status. */
    int exchange(HttpRequest.Builder request) {
        return answer(request).status();
    }

    /** Sends a request without a body worth reading and answers its status and headers. */
    Answer answer(HttpRequest.Builder request) {
        acquire();
        try {
            HttpResponse<Void> response = http.send(request.timeout(ioTimeout).build(), HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), response.headers());
        } catch (IOException e) {
            throw new StorageUnavailable(UNAVAILABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailable(UNAVAILABLE, e);
        } finally {
            permits.release();
        }
    }

    /**
     * Sends a request and hands back the response with its body as a guarded stream of {@code expected}
     * bytes (-1: unknown), which the caller must close; the connection permit goes with it.
     */
    DavResponse stream(HttpRequest.Builder request, long expected) {
        acquire();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        };
        try {
            HttpResponse<InputStream> response = http.send(request.timeout(ioTimeout).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            InputStream raw = response.body();
            IdleWatchdog.Guard guard = watchdog.watch(false, () -> closeQuietly(raw));
            InputStream guarded = new ResponseBodyStream(raw, expected, guard, release);
            return new DavResponse(response.statusCode(), response.headers(), guarded);
        } catch (IOException e) {
            release.run();
            throw new StorageUnavailable(UNAVAILABLE, e);
        } catch (InterruptedException e) {
            release.run();
            Thread.currentThread().interrupt();
            throw new StorageUnavailable(UNAVAILABLE, e);
        } catch (RuntimeException | Error e) {
            release.run();
            throw e;
        }
    }

    /**
     * PUTs {@code source} (chunked, as the client pulls it) and answers the status. Gives up when the server
     * is silent for the io timeout; a failure raised by {@code source} itself (or the size limit) comes out unchanged.
     */
    Upload upload(URI uri, InputStream source, long maxBytes) {
        acquire();
        CompletableFuture<HttpResponse<Void>> inflight = new CompletableFuture<>();
        IdleWatchdog.Guard guard = watchdog.watch(true, () -> inflight.cancel(true));
        MeasuringInputStream measured = new MeasuringInputStream(source, maxBytes, new MeasuringInputStream.SourceWaits() {
            @Override
            public void sourceReadStarts() {
                guard.serverAnswered();
            }

            @Override
            public void sourceReadEnds() {
                guard.waitOnServer();
            }
        });
        try {
            HttpRequest request = request(uri)
                    .header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> measured))
                    .build();
            CompletableFuture<HttpResponse<Void>> sent = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            // cancelling the client's own future aborts the exchange and drops its connection
            inflight.whenComplete((response, failure) -> {
                if (failure instanceof CancellationException) {
                    sent.cancel(true);
                }
            });
            sent.whenComplete((response, failure) -> {
                if (failure != null) {
                    inflight.completeExceptionally(failure);
                } else {
                    inflight.complete(response);
                }
            });
            int status = inflight.get().statusCode();
            return new Upload(status, measured.written());
        } catch (InterruptedException e) {
            inflight.cancel(true);
            Thread.currentThread().interrupt();
            throw failed(measured, e);
        } catch (ExecutionException | CancellationException e) {
            throw failed(measured, e.getCause() == null ? e : e.getCause());
        } finally {
            guard.close();
            measured.abandon();
            permits.release();
        }
    }

    /** A response without its body. */
    record Answer(int status, HttpHeaders headers) {
    }

    /** A response whose body the caller reads and closes. */
    record DavResponse(int status, HttpHeaders headers, InputStream body) {
    }

    /** The server's answer to a PUT, and what was sent: meaningful only when the status is a success. */
    record Upload(int status, BlobWritten sent) {
    }

    private static RuntimeException failed(MeasuringInputStream measured, Throwable failure) {
        Optional<RuntimeException> sourceFailure = measured.failure();
        if (sourceFailure.isPresent()) {
            return sourceFailure.get();
        }
        return new StorageUnavailable(UNAVAILABLE, failure);
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(ioTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new StorageUnavailable("blob store busy: every connection stayed in use for the io timeout", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailable(UNAVAILABLE, e);
        }
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the reader sees the timeout; nothing more to say here
        }
    }

    @Override
    public void close() {
        watchdog.close();
        // Java 17's HttpClient has no close(): its connections and selector thread end once it is unreachable
    }
}
