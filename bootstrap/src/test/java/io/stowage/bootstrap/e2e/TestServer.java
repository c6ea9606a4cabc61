package io.stowage.bootstrap.e2e;

import io.stowage.adapter.s3.testing.S3Proxy;
import io.stowage.bootstrap.Stowage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real Stowage per test JVM (embedded PostgreSQL, a temp data dir, a random port), shared by the e2e
 * tests. Its default volume is the disk, or S3 (an s3proxy process) when the system property
 * {@code stowage.e2e.volume} is {@code s3}: the build runs the whole suite both ways.
 */
final class TestServer {

    /** The S3 bucket of the shared server; servers of their own get fresh ones. */
    static final String SHARED_S3_BUCKET = "e2e-shared";

    private static final AtomicInteger SERVERS = new AtomicInteger();
    private static Stowage shared;
    private static S3Proxy s3;

    private TestServer() {
    }

    static synchronized Stowage shared() {
        if (shared == null) {
            shared = start(Map.of(), SHARED_S3_BUCKET);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    static boolean onS3() {
        return "s3".equals(System.getProperty("stowage.e2e.volume", "fs"));
    }

    /** The S3 server behind the default volume; only when {@link #onS3()}. */
    static synchronized S3Proxy s3() {
        if (s3 == null) {
            try {
                s3 = S3Proxy.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            S3Proxy started = s3;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; its temp directory goes with the next clean
                }
            }));
        }
        return s3;
    }

    /** A server of its own, for tests that break its dependencies; the caller closes it. */
    static Stowage start(Map<String, Object> extra) {
        return start(extra, "e2e-" + SERVERS.incrementAndGet());
    }

    private static Stowage start(Map<String, Object> extra, String s3Bucket) {
        try {
            Path dataDir = Files.createTempDirectory("stowage-e2e-");
            Map<String, Object> props = new HashMap<>();
            props.put("stowage.port", "0");
            props.put("stowage.data-dir", dataDir.toString());
            props.put("stowage.jwt-secret", Tokens.SECRET);
            if (onS3()) {
                props.putAll(s3Volume(s3Bucket));
            }
            props.putAll(extra);
            return Stowage.start(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The simple form of an S3 default volume, as STOWAGE_BACKEND=s3 and STOWAGE_S3_* would give it. */
    static Map<String, Object> s3Volume(String bucket) {
        Map<String, Object> props = new HashMap<>();
        props.put("stowage.backend", "s3");
        props.put("stowage.s3.endpoint", s3().endpoint());
        props.put("stowage.s3.region", "us-east-1");
        props.put("stowage.s3.bucket", bucket);
        props.put("stowage.s3.access-key", S3Proxy.ACCESS_KEY);
        props.put("stowage.s3.secret-key", S3Proxy.SECRET_KEY);
        return props;
    }

    static URI api() {
        return URI.create(shared().url() + "/storage/v1");
    }
}
