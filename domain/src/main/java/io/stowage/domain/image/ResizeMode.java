package io.stowage.domain.image;

import io.stowage.domain.error.InvalidRequest;
import java.util.Locale;

/** How an image meets a requested box: cropped to fill it, fitted inside it, or stretched onto it. */
public enum ResizeMode {
    COVER, CONTAIN, FILL;

    /** The mode as written in a URL or a signed URL's options ("cover", "contain", "fill"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResizeMode parse(String text) {
        for (ResizeMode mode : values()) {
            if (mode.wireName().equals(text)) {
                return mode;
            }
        }
        throw new InvalidRequest("resize must be one of cover, contain, fill");
    }
}
