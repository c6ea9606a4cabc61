package io.stowage.adapter.http.support;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.application.testing.InMemoryBlobStore;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.value.Checksum;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The in-memory blob store, observed: it counts the bytes a put has read so far and the blobs opened and
 * closed, and in "sink" mode it measures bytes without keeping them, so that a 100 MiB upload can run
 * in a small heap.
 */
public final class ProbeBlobStore implements BlobStore {

    private final InMemoryBlobStore delegate = new InMemoryBlobStore();
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private volatile boolean sink;

    public InMemoryBlobStore delegate() {
        return delegate;
    }

    public void sink(boolean enabled) {
        sink = enabled;
    }

    public long bytesRead() {
        return bytesRead.get();
    }

    public int openedCount() {
        return opened.get();
    }

    public int closedCount() {
        return closed.get();
    }

    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        bytesRead.set(0);
        InputStream counted = new CountingStream(content, bytesRead);
        return sink ? measure(counted, maxBytes) : delegate.put(location, counted, maxBytes);
    }

    private static BlobWritten measure(InputStream content, long maxBytes) {
        try (content) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] chunk = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = content.read(chunk)) != -1; ) {
                total += read;
                if (total > maxBytes) {
                    throw new PayloadTooLarge(maxBytes);
                }
                digest.update(chunk, 0, read);
            }
            return new BlobWritten(total, Checksum.ofDigest(digest.digest()));
        } catch (IOException e) {
            throw new InvalidRequest("could not read the request body");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public BlobContent open(BlobLocation location) {
        BlobContent content = delegate.open(location);
        opened.incrementAndGet();
        return new BlobContent() {
            @Override
            public long size() {
                return content.size();
            }

            @Override
            public InputStream stream(long offset, long length) throws IOException {
                return content.stream(offset, length);
            }

            @Override
            public Optional<java.io.File> localFile() {
                return content.localFile();
            }

            @Override
            public void close() {
                closed.incrementAndGet();
                content.close();
            }
        };
    }

    @Override
    public void delete(BlobLocation location) {
        delegate.delete(location);
    }

    @Override
    public boolean exists(BlobLocation location) {
        return delegate.exists(location);
    }

    @Override
    public void discardPartial(BlobLocation location) {
        delegate.discardPartial(location);
    }

    @Override
    public void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        delegate.forEachBlob(volume, visitor);
    }

    /** Counts what the store has pulled from the request so far. */
    private static final class CountingStream extends java.io.FilterInputStream {

        private final AtomicLong counter;

        CountingStream(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }
    }
}
