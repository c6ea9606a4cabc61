package io.stowage.adapter.http.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.io.buffer.ReadBuffer;
import io.micronaut.core.io.buffer.ReadBufferFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** The download body's reader: large chunks, only on demand, exactly the length, and one close. */
class BlobChunkPublisherTest {

    private static final long MIB = 1024 * 1024;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final TrackedExecutor blocking = new TrackedExecutor(pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aClientThatStopsReadingStopsTheReadsAfterOneChunk() throws Exception {
        GeneratedStream blob = new GeneratedStream(100 * MIB, Long.MAX_VALUE);
        Recorder body = new Recorder(false);
        publisher(blob, 100 * MIB).subscribe(body);
        body.subscription.request(1);
        assertTrue(body.firstChunk.await(5, TimeUnit.SECONDS));
        // every read runs as a task on the blocking executor: once none is left, the reader has stopped
        assertTrue(blocking.awaitIdle(5, TimeUnit.SECONDS), "the reader goes quiet once its demand is met");
        // no further demand: the server holds one chunk, never the 100 MiB object
        assertEquals(BlobChunkPublisher.CHUNK_BYTES, blob.served.get());
        assertEquals(BlobChunkPublisher.CHUNK_BYTES, body.received.get());
        body.subscription.cancel();
        assertTrue(blob.closed.await(5, TimeUnit.SECONDS), "an abandoned download closes the blob");
        assertNull(body.failure);
        assertFalse(body.completed);
    }

    @Test
    void aClientThatKeepsUpGetsEveryByteInLargeChunksAndTheBlobCloses() throws Exception {
        long length = 5 * MIB + 123;
        GeneratedStream blob = new GeneratedStream(length, Long.MAX_VALUE);
        Recorder body = new Recorder(true);
        publisher(blob, length).subscribe(body);
        body.subscription.request(1);
        assertTrue(body.finished.await(10, TimeUnit.SECONDS));
        assertNull(body.failure);
        assertTrue(body.completed);
        assertEquals(length, body.received.get());
        assertEquals(21, body.chunks.get(), "256 KiB chunks, not 8 KiB ones");
        assertTrue(blob.closed.await(5, TimeUnit.SECONDS));
    }

    @Test
    void aReadFailureMidwayFailsTheBodyInsteadOfEndingIt() throws Exception {
        GeneratedStream blob = new GeneratedStream(4 * MIB, MIB + 17);
        Recorder body = new Recorder(true);
        publisher(blob, 4 * MIB).subscribe(body);
        body.subscription.request(1);
        assertTrue(body.finished.await(10, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, body.failure);
        assertFalse(body.completed);
        assertTrue(blob.closed.await(5, TimeUnit.SECONDS));
    }

    @Test
    void aBlobShorterThanItsLengthFailsTheBody() throws Exception {
        GeneratedStream blob = new GeneratedStream(MIB, Long.MAX_VALUE);
        Recorder body = new Recorder(true);
        publisher(blob, 2 * MIB).subscribe(body);
        body.subscription.request(1);
        assertTrue(body.finished.await(10, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, body.failure);
        assertFalse(body.completed);
        assertTrue(blob.closed.await(5, TimeUnit.SECONDS));
    }

    @Test
    void aBodyDroppedBeforeItIsSubscribedClosesTheBlobUnread() {
        GeneratedStream blob = new GeneratedStream(MIB, Long.MAX_VALUE);
        BlobChunkPublisher publisher = publisher(blob, MIB);
        publisher.discard();
        assertEquals(0, blob.closed.getCount());
        assertEquals(0, blob.served.get());
        Recorder late = new Recorder(true);
        publisher.subscribe(late);
        assertInstanceOf(IllegalStateException.class, late.failure);
    }

    private BlobChunkPublisher publisher(InputStream blob, long length) {
        return new BlobChunkPublisher(blob, length, blocking, ReadBufferFactory.getJdkFactory());
    }

    /** An executor that knows how many of its tasks have not finished yet. */
    private static final class TrackedExecutor implements Executor {

        private final Executor delegate;
        private int unfinished;

        TrackedExecutor(Executor delegate) {
            this.delegate = delegate;
        }

        @Override
        public void execute(Runnable task) {
            synchronized (this) {
                unfinished++;
            }
            delegate.execute(() -> {
                try {
                    task.run();
                } finally {
                    synchronized (this) {
                        unfinished--;
                        notifyAll();
                    }
                }
            });
        }

        synchronized boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
            long end = System.nanoTime() + unit.toNanos(timeout);
            while (unfinished > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }
    }

    /** Bytes made up as they are read, failing after a given count; never held in memory. */
    private static final class GeneratedStream extends InputStream {

        final AtomicLong served = new AtomicLong();
        final CountDownLatch closed = new CountDownLatch(1);
        private final long size;
        private final long failAt;

        GeneratedStream(long size, long failAt) {
            this.size = size;
            this.failAt = failAt;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            long position = served.get();
            if (position >= failAt) {
                throw new IOException("disk gone");
            }
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(Math.min(length, 64 * 1024), Math.min(size, failAt) - position);
            served.addAndGet(count);
            return count;
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    /** The body's side: records what arrives and, when eager, asks for the next chunk at once. */
    private static final class Recorder implements Subscriber<ReadBuffer> {

        final AtomicLong received = new AtomicLong();
        final AtomicLong chunks = new AtomicLong();
        final CountDownLatch firstChunk = new CountDownLatch(1);
        final CountDownLatch finished = new CountDownLatch(1);
        private final boolean eager;
        volatile Subscription subscription;
        volatile boolean completed;
        volatile Throwable failure;

        Recorder(boolean eager) {
            this.eager = eager;
        }

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(ReadBuffer buffer) {
            received.addAndGet(buffer.readable());
            buffer.close();
            chunks.incrementAndGet();
            firstChunk.countDown();
            if (eager) {
                subscription.request(1);
            }
        }

        @Override
        public void onComplete() {
            completed = true;
            finished.countDown();
        }

        @Override
        public void onError(Throwable e) {
            failure = e;
            finished.countDown();
        }
    }
}
