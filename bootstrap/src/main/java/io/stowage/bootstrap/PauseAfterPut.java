package io.stowage.bootstrap;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.PartialWrites;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.domain.bucket.VolumeName;
import java.io.InputStream;
import java.util.Optional;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A fault-injection hook for the crash tests, off unless {@code stowage.test.pause-after-put} is set:
 * once an upload's blob is durable it announces so on stdout and waits before the catalog commit, so a
 * test can kill the process exactly between the two.
 */
final class PauseAfterPut implements BlobStore {

    static final String SETTING = "stowage.test.pause-after-put";
    static final String ANNOUNCEMENT = "stowage: test hook: blob durable, pausing before the commit: ";

    private final BlobStore store;
    private final Duration pause;

    PauseAfterPut(BlobStore store, Duration pause) {
        this.store = store;
        this.pause = pause;
    }

    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        return put(location, content, maxBytes, PartialWrites.IGNORED);
    }

    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes, PartialWrites partialWrites) {
        BlobWritten written = store.put(location, content, maxBytes, partialWrites);
        System.out.println(ANNOUNCEMENT + location.version());
        System.out.flush();
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return written;
    }

    @Override
    public BlobContent open(BlobLocation location) {
        return store.open(location);
    }

    @Override
    public void delete(BlobLocation location) {
        store.delete(location);
    }

    @Override
    public boolean exists(BlobLocation location) {
        return store.exists(location);
    }

    @Override
    public void discardPartial(BlobLocation location) {
        store.discardPartial(location);
    }

    @Override
    public void discardPartial(BlobLocation location, Optional<String> partialWrite) {
        store.discardPartial(location, partialWrite);
    }

    @Override
    public void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        store.forEachBlob(volume, visitor);
    }
}
