package io.stowage.application.port.out;

import java.time.Instant;
import java.util.Objects;

/** A blob found on a volume by a listing, with the time it was last written. */
public record StoredBlob(BlobLocation location, Instant modifiedAt) {

    public StoredBlob {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
    }
}
