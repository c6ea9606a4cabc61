package io.stowage.bootstrap.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A thin HTTP client for the e2e tests: real requests, JSON bodies as text, an optional bearer token. */
final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String token;

    Api(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    static Api as(String token) {
        return new Api(TestServer.api(), token);
    }

    static Api anonymous() {
        return new Api(TestServer.api(), null);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<InputStream> stream(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> head(String path) {
        return send(request(path).method("HEAD", BodyPublishers.noBody()));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
    }

    HttpResponse<String> deleteJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").method("DELETE", BodyPublishers.ofString(json)));
    }

    HttpResponse<String> upload(String path, String contentType, byte[] body) {
        return upload("POST", path, contentType, BodyPublishers.ofByteArray(body), false);
    }

    HttpResponse<String> upload(String method, String path, String contentType, BodyPublisher body, boolean upsert) {
        HttpRequest.Builder request = request(path).method(method, body).header("x-upsert", String.valueOf(upsert));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** Creates a bucket with the given policy; the caller's token owns it. */
    HttpResponse<String> createBucket(String name, String policy) {
        return postJson("/bucket", "{\"id\":\"" + name + "\",\"name\":\"" + name + "\",\"policy\":\"" + policy + "\"}");
    }
}
