package io.stowage.adapter.http.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Counts object transfers by bucket and status ({@code stowage_uploads_total},
 * {@code stowage_downloads_total}) and the bytes they moved ({@code stowage_upload_bytes_total},
 * {@code stowage_download_bytes_total}). The object path is never a label: it is unbounded.
 */
@Singleton
final class TransferMetrics {

    static final int MAX_BUCKET_LABELS = 1000;

    private final MeterRegistry registry;
    private final BucketLabels buckets = new BucketLabels(MAX_BUCKET_LABELS);

    TransferMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(CompletedRequest request) {
        String kind = switch (request.operation().transfer()) {
            case UPLOAD -> "upload";
            case DOWNLOAD -> "download";
            case NONE -> null;
        };
        if (kind == null || "HEAD".equals(request.method())) {
            return;
        }
        String bucket = buckets.label(request.bucket(), request.status());
        Counter.builder("stowage." + kind + "s")
                .description("Object " + kind + " requests by bucket and HTTP status")
                .tag("bucket", bucket)
                .tag("status", Integer.toString(request.status()))
                .register(registry)
                .increment();
        if (request.size() != null) {
            Counter.builder("stowage." + kind + ".bytes")
                    .description("Object bytes " + (kind.equals("upload") ? "received" : "sent") + " by bucket")
                    .baseUnit("bytes")
                    .tag("bucket", bucket)
                    .register(registry)
                    .increment(request.size());
        }
    }
}
