package io.stowage.adapter.http.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.application.service.ReadService;
import io.stowage.application.testing.InMemoryBucketCatalog;
import io.stowage.application.testing.InMemoryObjectCatalog;
import io.stowage.domain.bucket.VolumeName;
import jakarta.inject.Singleton;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Reads that the test watches (only with {@code test.observed-reads=true}): the bytes the server has
 * pulled from blobs so far, and a switch that makes a blob fail after a given number of bytes.
 */
@Factory
@Requires(property = "test.observed-reads", value = "true")
public final class ObservedReads {

    private static final AtomicLong pulled = new AtomicLong();
    private static volatile long failAfter = Long.MAX_VALUE;

    public static long pulled() {
        return pulled.get();
    }

    /** Resets the count; every read then fails once a stream has served {@code bytes}. */
    public static void reset(long bytes) {
        pulled.set(0);
        failAfter = bytes;
    }

    @Singleton
    @Replaces(ReadService.class)
    ReadService observedReadService(InMemoryBucketCatalog buckets, InMemoryObjectCatalog objects, ProbeBlobStore blobs) {
        return new ReadService(buckets, objects, new Watched(blobs));
    }

    /** The probe store, with streams that count and can fail. */
    private record Watched(BlobStore delegate) implements BlobStore {

        @Override
        public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
            return delegate.put(location, content, maxBytes);
        }

        @Override
        public BlobContent open(BlobLocation location) {
            BlobContent content = delegate.open(location);
            return new BlobContent() {
                @Override
                public long size() {
                    return content.size();
                }

                @Override
                public InputStream stream(long offset, long length) throws IOException {
                    return new Counted(content.stream(offset, length));
                }

                @Override
                public void close() {
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
    }

    private static final class Counted extends FilterInputStream {

        private long served;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (served >= failAfter) {
                throw new IOException("the disk went away");
            }
            int n = super.read(b, off, (int) Math.min(len, failAfter - served));
            if (n > 0) {
                served += n;
                pulled.addAndGet(n);
            }
            return n;
        }
    }
}
