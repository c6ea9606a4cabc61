package io.stowage.adapter.http.object;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.object.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The addresses of signed URLs as the Supabase client expects them: relative to /storage/v1 with the
 * path as is (the client encodes the whole URL itself), plus an absolute, properly encoded form for
 * callers that use the answer directly, on the server's {@link PublicUrl}. Also reads the requested lifetime of a URL.
 */
final class ShareLinks {

    static final String SIGNED_READ = "/object/sign/";
    static final String SIGNED_UPLOAD = "/object/upload/sign/";
    private static final String API_ROOT = "/storage/v1";
    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private ShareLinks() {
    }

    /** e.g. "/object/sign/photos/2026/cat.png?token=..." */
    static String relative(String route, BucketName bucket, ObjectKey key, String token) {
        return route + bucket.value() + "/" + key.value() + "?token=" + token;
    }

    /** The same URL, absolute on the configured public URL (never the Host header), every path segment encoded. */
    static String absolute(PublicUrl publicUrl, String route, BucketName bucket, ObjectKey key, String token) {
        StringBuilder url = new StringBuilder(publicUrl.base())
                .append(API_ROOT).append(route).append(encode(bucket.value()));
        for (String segment : key.value().split("/", -1)) {
            url.append('/').append(encode(segment));
        }
        return url.append("?token=").append(token).toString();
    }

    /**
     * The lifetime asked for in seconds: the body's {@code expiresIn} (a JSON integer), else the query's
     * {@code expires_in}; the services decide which values are allowed.
     */
    static OptionalLong expiresIn(HttpRequest<?> request, JsonFields body) {
        Optional<JsonNode> field = body.value("expiresIn");
        if (field.isPresent()) {
            JsonNode number = field.get();
            if (!number.isNumber() || number.getDoubleValue() != Math.rint(number.getDoubleValue())
                    || Math.abs(number.getDoubleValue()) > Long.MAX_VALUE / 2) {
                throw new InvalidRequest("'expiresIn' must be a whole number of seconds");
            }
            return OptionalLong.of(number.getLongValue());
        }
        Optional<String> query = request.getParameters().getFirst("expires_in");
        if (query.isPresent()) {
            try {
                return OptionalLong.of(Long.parseLong(query.get().strip()));
            } catch (NumberFormatException e) {
                throw new InvalidRequest("'expires_in' must be a whole number of seconds");
            }
        }
        return OptionalLong.empty();
    }

    static long requiredExpiresIn(HttpRequest<?> request, JsonFields body) {
        return expiresIn(request, body).orElseThrow(() -> new InvalidRequest("'expiresIn' is required"));
    }

    private static String encode(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && UNRESERVED.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
