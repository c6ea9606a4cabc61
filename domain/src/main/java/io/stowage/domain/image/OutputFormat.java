package io.stowage.domain.image;

import io.stowage.domain.error.InvalidRequest;
import java.util.Locale;

/**
 * The encoding of a rendition: the source's own ({@code origin}) or WebP. AVIF is refused: no encoder
 * that runs on this server's JVM without a native toolchain exists to produce it.
 */
public enum OutputFormat {
    ORIGIN, WEBP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String text) {
        if ("avif".equals(text)) {
            throw new InvalidRequest("format avif is not supported by this server; use origin or webp");
        }
        for (OutputFormat format : values()) {
            if (format.wireName().equals(text)) {
                return format;
            }
        }
        throw new InvalidRequest("format must be origin or webp");
    }
}
