package io.stowage.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.PartialWrites;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.domain.bucket.VolumeName;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Times every operation of one volume's store as {@code stowage_backend_seconds{operation,volume,outcome}}.
 * {@code open} is timed until the blob is ready to stream, not while it streams (the request log's
 * duration covers that); {@code put} reads from the client, so it measures the client's pace too.
 */
final class TimedBlobStore implements BlobStore {

    private final BlobStore store;
    private final MeterRegistry registry;
    private final String volume;

    TimedBlobStore(BlobStore store, VolumeName volume, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
        this.volume = volume.value();
    }

    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        return timed("put", () -> store.put(location, content, maxBytes));
    }

    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes, PartialWrites partialWrites) {
        return timed("put", () -> store.put(location, content, maxBytes, partialWrites));
    }

    @Override
    public BlobContent open(BlobLocation location) {
        return timed("open", () -> store.open(location));
    }

    @Override
    public void delete(BlobLocation location) {
        timed("delete", () -> {
            store.delete(location);
            return null;
        });
    }

    @Override
    public boolean exists(BlobLocation location) {
        return timed("exists", () -> store.exists(location));
    }

    @Override
    public void discardPartial(BlobLocation location) {
        timed("discard_partial", () -> {
            store.discardPartial(location);
            return null;
        });
    }

    @Override
    public void discardPartial(BlobLocation location, Optional<String> partialWrite) {
        timed("discard_partial", () -> {
            store.discardPartial(location, partialWrite);
            return null;
        });
    }

    /** A whole walk is one sample: the listing is the backend's work, the visitor's checks are not separable. */
    @Override
    public void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        timed("list", () -> {
            store.forEachBlob(volume, visitor);
            return null;
        });
    }

    private <T> T timed(String operation, Supplier<T> work) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            T result = work.get();
            outcome = "ok";
            return result;
        } finally {
            Timer.builder("stowage.backend")
                    .description("Time of blob store operations, per volume")
                    .tags("operation", operation, "volume", volume, "outcome", outcome)
                    .register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
