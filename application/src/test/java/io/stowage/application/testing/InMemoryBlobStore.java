package io.stowage.application.testing;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.value.Checksum;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * A thread-safe in-memory {@link BlobStore} for application tests, with switches that make the next
 * put, delete or open fail so that compensation can be asserted by the state left behind.
 */
public final class InMemoryBlobStore implements BlobStore {

    private static final int CHUNK = 8192;

    private final Map<BlobLocation, byte[]> blobs = new ConcurrentHashMap<>();
    private final Map<BlobLocation, Instant> written = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    private final AtomicReference<RuntimeException> nextPutFailure = new AtomicReference<>();
    private final AtomicReference<RuntimeException> nextDeleteFailure = new AtomicReference<>();
    private final AtomicReference<RuntimeException> nextOpenFailure = new AtomicReference<>();
    /** Unfinished writes by name, as an S3 bucket keeps multipart uploads: open while a put runs. */
    private final Map<String, BlobLocation> partials = new ConcurrentHashMap<>();

    /** Names its unfinished write as S3 would a multipart upload, and closes it whichever way the put ends. */
    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes,
            io.stowage.application.port.out.PartialWrites partialWrites) {
        String name = "partial-" + location.version();
        partials.put(name, location);
        try {
            partialWrites.begun(name);
            return put(location, content, maxBytes);
        } finally {
            partials.remove(name);
        }
    }

    /** Aborts the named unfinished write, as S3 aborts a multipart upload. */
    @Override
    public void discardPartial(BlobLocation location, java.util.Optional<String> partialWrite) {
        partialWrite.ifPresent(partials::remove);
    }

    /** What a process killed in the middle of a put leaves behind: an unfinished write under {@code name}. */
    public void leavePartial(BlobLocation location, String name) {
        partials.put(name, location);
    }

    /** The names of the unfinished writes still open. */
    public java.util.Set<String> openPartials() {
        return java.util.Set.copyOf(partials.keySet());
    }

    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        throwIfArmed(nextPutFailure);
        MessageDigest digest = sha256();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        try (content) {
            int read;
            while ((read = content.read(chunk)) != -1) {
                if (bytes.size() + (long) read > maxBytes) {
                    // Nothing was published yet, so refusing here keeps nothing.
                    throw new PayloadTooLarge(maxBytes);
                }
                digest.update(chunk, 0, read);
                bytes.write(chunk, 0, read);
            }
        } catch (IOException e) {
            throw new InvalidRequest("could not read the request body");
        }
        byte[] stored = bytes.toByteArray();
        blobs.put(location, stored);
        written.put(location, clock.instant());
        return new BlobWritten(stored.length, Checksum.ofDigest(digest.digest()));
    }

    @Override
    public BlobContent open(BlobLocation location) {
        throwIfArmed(nextOpenFailure);
        byte[] stored = blobs.get(location);
        if (stored == null) {
            throw new BlobMissing(location);
        }
        return new InMemoryContent(stored);
    }

    @Override
    public void delete(BlobLocation location) {
        throwIfArmed(nextDeleteFailure);
        blobs.remove(location);
    }

    @Override
    public boolean exists(BlobLocation location) {
        return blobs.containsKey(location);
    }

    /** Makes the next {@link #put} throw {@code failure} before reading anything. */
    @Override
    public void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        for (Map.Entry<BlobLocation, byte[]> blob : blobs.entrySet()) {
            BlobLocation location = blob.getKey();
            if (location.volume().equals(volume)
                    && !visitor.test(new StoredBlob(location, written.getOrDefault(location, Instant.EPOCH)))) {
                return;
            }
        }
    }

    /** Stamps the blobs written from now on with {@code source}'s time (by default all are written at the epoch). */
    public void useClock(Clock source) {
        clock = source;
    }

    /** A put here either completes or keeps nothing: no partial state to discard. */
    @Override
    public void discardPartial(BlobLocation location) {
        // nothing is ever left half-written in memory
    }

    public void failNextPut(RuntimeException failure) {
        nextPutFailure.set(failure);
    }

    /** Makes the next {@link #delete} throw {@code failure} and keep the blob. */
    public void failNextDelete(RuntimeException failure) {
        nextDeleteFailure.set(failure);
    }

    /** Makes the next {@link #open} throw {@code failure}. */
    public void failNextOpen(RuntimeException failure) {
        nextOpenFailure.set(failure);
    }

    public int blobCount() {
        return blobs.size();
    }

    public boolean contains(BlobLocation location) {
        return blobs.containsKey(location);
    }

    /** The stored bytes of a blob, for assertions on content. */
    public byte[] bytesOf(BlobLocation location) {
        byte[] stored = blobs.get(location);
        if (stored == null) {
            throw new BlobMissing(location);
        }
        return stored.clone();
    }

    private static void throwIfArmed(AtomicReference<RuntimeException> switchRef) {
        RuntimeException failure = switchRef.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** An opened in-memory blob; ranges are clamped to the blob like a file read would be. */
    private record InMemoryContent(byte[] bytes) implements BlobContent {

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream stream(long offset, long length) {
            if (offset < 0 || length < 0) {
                throw new IllegalArgumentException("negative range");
            }
            int from = (int) Math.min(offset, bytes.length);
            int count = (int) Math.min(length, bytes.length - from);
            return new ByteArrayInputStream(bytes, from, count);
        }
    }
}
