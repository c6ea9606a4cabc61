package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpRequest;
import io.stowage.adapter.http.s3.sigv4.UriEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An S3 request as path style addresses it: /storage/v1/s3/{bucket}/{key}, with the query read in raw
 * form (names kept even without '=', as ?uploads and ?delete come) and decoded.
 */
record S3Request(HttpRequest<?> http, String rawPath, Optional<String> bucket, Optional<String> key,
        List<Map.Entry<String, String>> query) {

    static final String ROOT = "/storage/v1/s3";

    static S3Request of(HttpRequest<?> http) {
        String rawPath = http.getUri().getRawPath();
        String rest = rawPath.length() > ROOT.length() ? rawPath.substring(ROOT.length() + 1) : "";
        Optional<String> bucket = Optional.empty();
        Optional<String> key = Optional.empty();
        try {
            int slash = rest.indexOf('/');
            String bucketPart = slash < 0 ? rest : rest.substring(0, slash);
            if (!bucketPart.isEmpty()) {
                bucket = Optional.of(UriEncoding.decode(bucketPart));
            }
            if (slash >= 0 && slash + 1 < rest.length()) {
                key = Optional.of(UriEncoding.decode(rest.substring(slash + 1)));
            }
            return new S3Request(http, rawPath, bucket, key, parseQuery(http.getUri().getRawQuery()));
        } catch (IllegalArgumentException e) {
            throw S3Failure.invalidArgument("the request URI has a broken percent escape");
        }
    }

    private static List<Map.Entry<String, String>> parseQuery(String raw) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = UriEncoding.decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : UriEncoding.decode(pair.substring(equals + 1));
            parameters.add(Map.entry(name, value));
        }
        return parameters;
    }

    Optional<String> parameter(String name) {
        return query.stream().filter(entry -> entry.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    boolean has(String name) {
        return parameter(name).isPresent();
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(http.getHeaders().get(name));
    }

    /** What S3 errors name as the resource: the path below the endpoint. */
    String resource() {
        return "/" + bucket.orElse("") + key.map(k -> "/" + k).orElse("");
    }
}
