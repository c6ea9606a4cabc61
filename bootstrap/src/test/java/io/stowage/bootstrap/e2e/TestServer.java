package io.stowage.bootstrap.e2e;

import io.stowage.bootstrap.Stowage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** One real Stowage per test JVM (embedded PostgreSQL, a temp data dir, a random port), shared by the e2e tests. */
final class TestServer {

    private static Stowage shared;

    private TestServer() {
    }

    static synchronized Stowage shared() {
        if (shared == null) {
            shared = start(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A server of its own, for tests that break its dependencies; the caller closes it. */
    static Stowage start(Map<String, Object> extra) {
        try {
            Path dataDir = Files.createTempDirectory("stowage-e2e-");
            Map<String, Object> props = new HashMap<>();
            props.put("stowage.port", "0");
            props.put("stowage.data-dir", dataDir.toString());
            props.put("stowage.jwt-secret", Tokens.SECRET);
            props.putAll(extra);
            return Stowage.start(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static URI api() {
        return URI.create(shared().url() + "/storage/v1");
    }
}
