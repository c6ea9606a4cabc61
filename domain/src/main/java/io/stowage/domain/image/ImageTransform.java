package io.stowage.domain.image;

import io.stowage.domain.error.InvalidRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The options of one rendition as a client asks for them: a box (either side may be left out), how
 * to meet it, the encoder's quality, and the format, which when absent the client's Accept header picks.
 */
public record ImageTransform(OptionalInt width, OptionalInt height, ResizeMode resize, int quality,
        Optional<OutputFormat> format) {

    public static final int MAX_SIDE = 2500;
    public static final int MIN_QUALITY = 20;
    public static final int MAX_QUALITY = 100;
    public static final int DEFAULT_QUALITY = 80;

    public ImageTransform {
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(resize, "resize");
        Objects.requireNonNull(format, "format");
        side("width", width);
        side("height", height);
        if (quality < MIN_QUALITY || quality > MAX_QUALITY) {
            throw new InvalidRequest("quality must be an integer from " + MIN_QUALITY + " to " + MAX_QUALITY);
        }
    }

    /** The same options with the format settled: the asked one, else WebP when the client takes it. */
    public ImageTransform resolved(boolean clientAcceptsWebp) {
        if (format.isPresent()) {
            return this;
        }
        return new ImageTransform(width, height, resize, quality,
                Optional.of(clientAcceptsWebp ? OutputFormat.WEBP : OutputFormat.ORIGIN));
    }

    /** A stable text naming exactly these options, e.g. "w=400;h=-;r=cover;q=80;f=webp". */
    public String canonical() {
        return "w=" + side(width) + ";h=" + side(height) + ";r=" + resize.wireName() + ";q=" + quality
                + ";f=" + format.map(OutputFormat::wireName).orElse("auto");
    }

    private static String side(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "-";
    }

    private static void side(String name, OptionalInt value) {
        if (value.isPresent() && (value.getAsInt() < 1 || value.getAsInt() > MAX_SIDE)) {
            throw new InvalidRequest(name + " must be an integer from 1 to " + MAX_SIDE);
        }
    }
}
