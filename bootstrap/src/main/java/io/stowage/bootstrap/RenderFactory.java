package io.stowage.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.stowage.adapter.fs.FsRenditionCache;
import io.stowage.adapter.image.ImageIoRenderer;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.UrlTokens;
import io.stowage.application.service.RenderService;
import io.stowage.application.service.RenderUrlService;
import io.stowage.application.service.RenderWorkers;
import io.stowage.application.service.ShareLimits;
import io.stowage.application.service.Volumes;
import io.stowage.domain.value.ByteSize;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Image transformations: the renderer (adapter-image), the rendition cache under the data directory
 * (adapter-fs) and a render pool of {@code stowage.render.workers} threads (default: the cores) with a
 * queue of {@code stowage.render.queue}; a render that finds both full is refused with 503.
 */
@Factory
class RenderFactory {

    static final long MAX_SOURCE_BYTES = 25L * 1024 * 1024;
    static final long MAX_SOURCE_PIXELS = 50_000_000L;

    @Singleton
    @Named("render")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService renderPool(@Value("${stowage.render.workers:0}") int workers,
            @Value("${stowage.render.queue:32}") int queue) {
        int threads = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, queue)),
                task -> {
                    Thread thread = new Thread(task, "render-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Singleton
    RenderService renderService(BucketCatalog buckets, ObjectCatalog objects, Volumes volumes, UrlTokens tokens,
            Clock clock, @Named("render") ExecutorService pool, @Value("${stowage.data-dir}") String dataDir,
            @Value("${stowage.render.cache-size:1GB}") String cacheSize) {
        long cacheBytes;
        try {
            cacheBytes = ByteSize.parse(cacheSize).bytes();
        } catch (RuntimeException e) {
            throw new StartupFailure("STOWAGE_RENDER_CACHE_SIZE must be a size such as 1GB or 500MB, not '" + cacheSize + "'");
        }
        FsRenditionCache cache = new FsRenditionCache(Path.of(dataDir).resolve("renditions"), cacheBytes);
        return new RenderService(buckets, objects, volumes, new ImageIoRenderer(MAX_SOURCE_PIXELS), cache,
                new RenderWorkers(pool), tokens, clock, MAX_SOURCE_BYTES);
    }

    @Singleton
    RenderUrlService renderUrlService(BucketCatalog buckets, ObjectCatalog objects, UrlTokens tokens,
            ShareLimits limits, Clock clock) {
        return new RenderUrlService(buckets, objects, tokens, limits, clock);
    }
}
