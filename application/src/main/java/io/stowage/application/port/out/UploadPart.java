package io.stowage.application.port.out;

import java.util.Objects;

/** One staged chunk of a resumable upload: a blob of {@code size} bytes starting at {@code offset}. */
public record UploadPart(BlobLocation location, long offset, long size) {

    public UploadPart {
        Objects.requireNonNull(location, "location");
        if (offset < 0 || size < 0) {
            throw new IllegalArgumentException("a part's offset and size must not be negative");
        }
    }
}
