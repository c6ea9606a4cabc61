package io.stowage.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.ImageNotRenderable;
import io.stowage.domain.error.StorageUnavailable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderWorkersTest {

    @Test
    void concurrentCallersOfOneKeyShareOneRender() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Thread> callerThreads = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService callers = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task);
            callerThreads.add(thread);
            return thread;
        });
        try {
            RenderWorkers workers = new RenderWorkers(pool);
            AtomicInteger renders = new AtomicInteger();
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            Runnable render = () -> {
                renders.incrementAndGet();
                started.countDown();
                await(release);
            };
            List<Future<?>> waits = new ArrayList<>();
            waits.add(callers.submit(() -> workers.renderOnce("k", render)));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 7; i++) {
                waits.add(callers.submit(() -> workers.renderOnce("k", render)));
            }
            // every caller is parked waiting before the render is let go
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!(callerThreads.size() == 8 && callerThreads.stream()
                    .allMatch(thread -> thread.getState() == Thread.State.WAITING)) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            release.countDown();
            for (Future<?> wait : waits) {
                wait.get(10, TimeUnit.SECONDS);
            }
            assertEquals(1, renders.get());
        } finally {
            pool.shutdownNow();
            callers.shutdownNow();
        }
    }

    @Test
    void aFullPoolRefusesWithServiceUnavailableAndAFailureReachesEveryWaiter() throws Exception {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            RenderWorkers workers = new RenderWorkers(pool);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> busy = callers.submit(() -> workers.renderOnce("a", () -> await(release)));
            Future<?> queued = callers.submit(() -> workers.renderOnce("b", () -> { }));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (pool.getQueue().isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThrows(StorageUnavailable.class, () -> workers.renderOnce("c", () -> { }));
            release.countDown();
            busy.get(10, TimeUnit.SECONDS);
            queued.get(10, TimeUnit.SECONDS);
            assertThrows(ImageNotRenderable.class, () -> workers.renderOnce("d", () -> {
                throw new ImageNotRenderable("bad");
            }));
        } finally {
            pool.shutdownNow();
            callers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
