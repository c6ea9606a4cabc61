package io.stowage.adapter.image;

import io.stowage.domain.value.ContentType;
import java.util.Locale;
import java.util.Optional;

/** The image types renditions are made from, by the name their ImageIO reader reports, with their media types. */
enum ImageCodec {
    JPEG("jpeg", "image/jpeg", false),
    PNG("png", "image/png", true),
    GIF("gif", "image/gif", true),
    BMP("bmp", "image/bmp", false),
    WEBP("webp", "image/webp", true);

    private final String formatName;
    private final ContentType contentType;
    private final boolean keepsAlpha;

    ImageCodec(String formatName, String contentType, boolean keepsAlpha) {
        this.formatName = formatName;
        this.contentType = new ContentType(contentType);
        this.keepsAlpha = keepsAlpha;
    }

    static Optional<ImageCodec> ofReaderFormat(String readerFormatName) {
        String name = readerFormatName.toLowerCase(Locale.ROOT);
        for (ImageCodec codec : values()) {
            if (codec.formatName.equals(name)) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    String formatName() {
        return formatName;
    }

    ContentType contentType() {
        return contentType;
    }

    /** Whether the encoder takes transparency; JPEG and BMP get an opaque picture. */
    boolean keepsAlpha() {
        return keepsAlpha;
    }
}
