package io.stowage.adapter.http.object;

import io.micronaut.core.io.buffer.ReadBuffer;
import io.micronaut.core.io.buffer.ReadBufferFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Publishes a blob's bytes in large chunks read on the blocking executor, only as many as requested, so
 * a download crosses from a worker thread to the event loop a few times per MiB instead of once per
 * 8 KiB (Micronaut's InputStream body), and a slow client holds back the reads instead of filling the
 * heap (Micronaut's body adapter requests the next chunk once the earlier bytes are written). The
 * stream is closed exactly once: after the last byte, on a read failure, on cancel, or on
 * {@link #discard()} when the body is dropped before anyone subscribed.
 */
public final class BlobChunkPublisher implements Publisher<ReadBuffer> {

    /** Large enough that the per-chunk handoff and flush cost vanish, small enough to hold per download. */
    static final int CHUNK_BYTES = 256 * 1024;

    private final InputStream stream;
    private final long length;
    private final Executor blocking;
    private final ReadBufferFactory buffers;
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    public BlobChunkPublisher(InputStream stream, long length, Executor blocking, ReadBufferFactory buffers) {
        this.stream = stream;
        this.length = length;
        this.blocking = blocking;
        this.buffers = buffers;
    }

    @Override
    public void subscribe(Subscriber<? super ReadBuffer> subscriber) {
        if (subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Chunks(subscriber));
        } else {
            subscriber.onSubscribe(new Refused());
            subscriber.onError(new IllegalStateException("a blob body is read once"));
        }
    }

    /** The body was dropped before it was written: nobody will subscribe, so the stream closes now. */
    public void discard() {
        if (subscribed.compareAndSet(false, true)) {
            closeStream();
        }
    }

    private void closeStream() {
        if (closed.compareAndSet(false, true)) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // a read-only blob has nothing left to lose once the response is over
            }
        }
    }

    /** Reads on the blocking executor, one drain loop at a time: reads never overlap nor race the close. */
    private final class Chunks implements Subscription {

        private final Subscriber<? super ReadBuffer> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger pending = new AtomicInteger();
        private volatile boolean cancelled;
        private volatile boolean invalidRequest;
        private long remaining = length;
        private boolean done;

        Chunks(Subscriber<? super ReadBuffer> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                invalidRequest = true;
            } else {
                demand.getAndAccumulate(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
            }
            schedule();
        }

        @Override
        public void cancel() {
            cancelled = true;
            schedule();
        }

        private void schedule() {
            if (pending.getAndIncrement() == 0) {
                blocking.execute(this::drain);
            }
        }

        private void drain() {
            int missed = 1;
            do {
                if (invalidRequest && !done && !cancelled) {
                    finish(new IllegalArgumentException("a request must be positive (Reactive Streams rule 3.9)"));
                }
                while (!done && !cancelled && demand.get() > 0) {
                    emitOne();
                }
                if (cancelled) {
                    done = true;
                    closeStream();
                }
                missed = pending.addAndGet(-missed);
            } while (missed != 0);
        }

        private void emitOne() {
            if (remaining == 0) {
                finish(null);
                return;
            }
            byte[] chunk;
            try {
                chunk = readChunk((int) Math.min(CHUNK_BYTES, remaining));
            } catch (IOException | RuntimeException e) {
                // after the headers went out this aborts the connection: never a short body that looks whole
                finish(e);
                return;
            }
            remaining -= chunk.length;
            demand.decrementAndGet();
            subscriber.onNext(buffers.adapt(chunk));
            if (remaining == 0) {
                finish(null);
            }
        }

        private byte[] readChunk(int size) throws IOException {
            byte[] chunk = new byte[size];
            int filled = 0;
            while (filled < size) {
                int read = stream.read(chunk, filled, size - filled);
                if (read < 0) {
                    throw new IOException("the blob ended " + (remaining - filled) + " bytes before its length");
                }
                filled += read;
            }
            return chunk;
        }

        private void finish(Throwable failure) {
            done = true;
            closeStream();
            if (failure == null) {
                subscriber.onComplete();
            } else {
                subscriber.onError(failure);
            }
        }
    }

    /** What a second subscriber gets before its error. */
    private static final class Refused implements Subscription {

        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    }
}
