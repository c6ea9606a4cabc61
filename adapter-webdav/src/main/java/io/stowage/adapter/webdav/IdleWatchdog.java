package io.stowage.adapter.webdav;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives up on a transfer when the server has been silent for the io timeout. The JDK client's own request
 * timeout is a deadline for the whole exchange, which would cut a large but healthy upload; this one
 * counts only the time spent waiting on the server, never the time spent waiting on our own caller.
 */
final class IdleWatchdog implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final long idleNanos;

    IdleWatchdog(Duration idle) {
        this.idleNanos = idle.toNanos();
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "webdav-idle-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Watches one transfer; {@code onIdle} runs (on the watchdog's thread) once the transfer has waited on
     * the server for the whole timeout without progress. {@code waitingAtStart} says whether the transfer
     * starts out waiting on the server (an upload does) or on its caller (a download does).
     */
    Guard watch(boolean waitingAtStart, Runnable onIdle) {
        Guard guard = new Guard(waitingAtStart ? 1 : 0, onIdle);
        guard.schedule(idleNanos);
        return guard;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One watched transfer. */
    final class Guard implements AutoCloseable {

        private final AtomicInteger waiting;
        private final Runnable onIdle;
        private volatile long lastProgress = System.nanoTime();
        private volatile boolean fired;
        private volatile boolean closed;
        private volatile ScheduledFuture<?> next;

        private Guard(int waiting, Runnable onIdle) {
            this.waiting = new AtomicInteger(waiting);
            this.onIdle = onIdle;
        }

        /** From now on the transfer waits on the server. */
        void waitOnServer() {
            lastProgress = System.nanoTime();
            waiting.incrementAndGet();
        }

        /** The server answered (or the transfer now waits on its caller). */
        void serverAnswered() {
            waiting.decrementAndGet();
            lastProgress = System.nanoTime();
        }

        boolean fired() {
            return fired;
        }

        @Override
        public void close() {
            closed = true;
            ScheduledFuture<?> pending = next;
            if (pending != null) {
                pending.cancel(false);
            }
        }

        private void schedule(long delayNanos) {
            if (!closed) {
                try {
                    next = timer.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                    // the store is closing; its client goes with it
                }
            }
        }

        private void check() {
            if (closed) {
                return;
            }
            long silent = System.nanoTime() - lastProgress;
            if (waiting.get() <= 0 || silent < idleNanos) {
                schedule(waiting.get() <= 0 ? idleNanos : idleNanos - silent);
                return;
            }
            fired = true;
            onIdle.run();
        }
    }
}
