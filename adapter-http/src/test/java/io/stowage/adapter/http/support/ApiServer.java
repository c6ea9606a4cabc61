package io.stowage.adapter.http.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.stowage.adapter.http.auth.JwtIssuer;
import io.stowage.adapter.http.auth.SecuritySettings;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A real Stowage HTTP server on a random port, over in-memory ports, with a client and real tokens. */
public final class ApiServer implements AutoCloseable {

    public static final String SECRET = "adapter-http-test-secret-of-at-least-32-bytes";
    public static final String URL_SIGNING_KEY = "adapter-http-test-url-signing-key-32-bytes+";

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final JwtIssuer issuer = new JwtIssuer(SECRET);

    private ApiServer(EmbeddedServer server) {
        this.server = server;
    }

    public static ApiServer start() {
        return start(Map.of());
    }

    public static ApiServer start(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("stowage.jwt-secret", SECRET);
        properties.put("stowage.url-signing-key", URL_SIGNING_KEY);
        // the services enforce size limits; Micronaut must never refuse or buffer a large body itself
        properties.put("micronaut.server.max-request-size", Long.toString(Long.MAX_VALUE));
        // objects are served byte for byte: Content-Length, a strong ETag and (later) ranges depend on it
        properties.put("micronaut.server.netty.compression-threshold", -1);
        // micronaut-security's filter and endpoints off, as the bootstrap starts it
        properties.putAll(SecuritySettings.properties());
        properties.putAll(extra);
        return new ApiServer(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    public int port() {
        return server.getPort();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    public <T> Optional<T> findBean(Class<T> type) {
        return server.getApplicationContext().findBean(type);
    }

    public HttpClient http() {
        return http;
    }

    public JsonMapper mapper() {
        return bean(JsonMapper.class);
    }

    public String userToken(String user) {
        return issuer.issue(Role.AUTHENTICATED, Optional.of(new UserId(user)), Duration.ofMinutes(5));
    }

    public String anonToken() {
        return issuer.issue(Role.ANON, Optional.empty(), Duration.ofMinutes(5));
    }

    public String serviceToken() {
        return issuer.issue(Role.SERVICE_ROLE, Optional.empty(), Duration.ofMinutes(5));
    }

    /** A request to {@code path} under /storage/v1, or to the exact path when it starts with "//". */
    public Call call(String method, String path) {
        return new Call(this, method, path.startsWith("//") ? path.substring(1) : "/storage/v1" + path);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
