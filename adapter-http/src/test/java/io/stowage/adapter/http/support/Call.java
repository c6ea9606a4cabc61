package io.stowage.adapter.http.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One request being put together; {@link #send()} performs it. */
public final class Call {

    private final ApiServer server;
    private final HttpRequest.Builder builder;
    private final String method;
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    Call(ApiServer server, String method, String path) {
        this.server = server;
        this.method = method;
        this.builder = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
    }

    public Call bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    public Call header(String name, String value) {
        builder.header(name, value);
        return this;
    }

    public Call json(String json) {
        header("Content-Type", "application/json");
        body = HttpRequest.BodyPublishers.ofString(json);
        return this;
    }

    public Call body(byte[] bytes, String contentType) {
        if (contentType != null) {
            header("Content-Type", contentType);
        }
        body = HttpRequest.BodyPublishers.ofByteArray(bytes);
        return this;
    }

    public Call body(HttpRequest.BodyPublisher publisher) {
        body = publisher;
        return this;
    }

    public Call text(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    public Reply send() {
        try {
            HttpResponse<byte[]> response = server.http().send(builder.method(method, body).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body(), server.mapper());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
