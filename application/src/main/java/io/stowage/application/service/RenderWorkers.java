package io.stowage.application.service;

import io.stowage.domain.error.StorageException;
import io.stowage.domain.error.StorageUnavailable;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs renders on a bounded pool, one render per key at a time: a caller asking for a rendition that is
 * being rendered waits for that render instead of starting another, and a full pool refuses at once
 * (the caller may retry) so that a burst of renders never ties up the threads that serve plain reads.
 */
public final class RenderWorkers {

    private final Executor pool;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    /** @param pool a bounded executor that throws {@link RejectedExecutionException} when it is full */
    public RenderWorkers(Executor pool) {
        this.pool = pool;
    }

    /** Runs {@code render} for {@code key} unless it is already running, and waits for it either way. */
    void renderOnce(String key, Runnable render) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = inFlight.putIfAbsent(key, mine);
        if (running == null) {
            running = mine;
            try {
                pool.execute(() -> {
                    try {
                        render.run();
                        mine.complete(null);
                    } catch (Throwable failure) {
                        mine.completeExceptionally(failure);
                    } finally {
                        inFlight.remove(key, mine);
                    }
                });
            } catch (RejectedExecutionException busy) {
                inFlight.remove(key, mine);
                throw new StorageUnavailable("Too many images are being transformed right now; retry shortly", busy);
            }
        }
        await(running);
    }

    private static void await(CompletableFuture<Void> render) {
        try {
            render.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailable("interrupted while waiting for a render", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StorageException storage) {
                throw storage;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("render failed", cause);
        }
    }
}
