package io.stowage.adapter.http.object;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.image.OutputFormat;
import io.stowage.domain.image.ResizeMode;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads rendition options as the Supabase client sends them: {@code width}, {@code height},
 * {@code resize}, {@code quality}, {@code format} in a render URL's query, or in a sign request's
 * {@code transform} object. Other query parameters (download, cacheNonce) are not options.
 */
final class TransformOptions {

    private TransformOptions() {
    }

    static ImageTransform fromQuery(HttpParameters query) {
        return new ImageTransform(side(query, "width"), side(query, "height"),
                query.getFirst("resize").map(TransformOptions::resize).orElse(ResizeMode.COVER),
                quality(query.getFirst("quality")),
                query.getFirst("format").map(TransformOptions::format));
    }

    /** The body's {@code transform}, when it is present and names any option. */
    static Optional<ImageTransform> fromSignBody(JsonFields body) {
        Optional<JsonFields> transform = body.object("transform");
        if (transform.isEmpty() || !(transform.get().has("width") || transform.get().has("height")
                || transform.get().has("resize") || transform.get().has("quality") || transform.get().has("format"))) {
            return Optional.empty();
        }
        JsonFields fields = transform.get();
        OptionalInt quality = fields.integer("quality");
        return Optional.of(new ImageTransform(fields.integer("width"), fields.integer("height"),
                fields.string("resize").map(TransformOptions::resize).orElse(ResizeMode.COVER),
                quality.orElse(ImageTransform.DEFAULT_QUALITY),
                fields.string("format").map(TransformOptions::format)));
    }

    /** Whether the client names WebP among the types it takes; a bare wildcard does not count, as with Supabase. */
    static boolean acceptsWebp(HttpRequest<?> request) {
        return request.getHeaders().getAll(HttpHeaders.ACCEPT).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("image/webp"));
    }

    private static ResizeMode resize(String text) {
        return ResizeMode.parse(text.strip().toLowerCase(Locale.ROOT));
    }

    private static OutputFormat format(String text) {
        return OutputFormat.parse(text.strip().toLowerCase(Locale.ROOT));
    }

    private static int quality(Optional<String> text) {
        return text.map(value -> integer("quality", value)).orElse(ImageTransform.DEFAULT_QUALITY);
    }

    private static OptionalInt side(HttpParameters query, String name) {
        Optional<String> value = query.getFirst(name);
        return value.isEmpty() ? OptionalInt.empty() : OptionalInt.of(integer(name, value.get()));
    }

    private static int integer(String name, String text) {
        String value = text.strip();
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidRequest(name + " must be a whole number, not '" + text + "'");
        }
        return Integer.parseInt(value);
    }
}
