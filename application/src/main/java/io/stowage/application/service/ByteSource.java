package io.stowage.application.service;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentDigest;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** Where the bytes of a write come from: a stream the caller sends, or a blob that already exists. */
public sealed interface ByteSource {

    /** The length known before the first byte is read, checked against the size limit up front. */
    OptionalLong knownLength();

    /**
     * A body being sent: read once, never buffered; a body that matches none of {@code expectedDigests}
     * is not kept.
     */
    record Sent(InputStream content, OptionalLong declaredLength, List<ContentDigest> expectedDigests)
            implements ByteSource {

        public Sent {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(declaredLength, "declaredLength");
            expectedDigests = List.copyOf(expectedDigests);
        }

        @Override
        public OptionalLong knownLength() {
            return declaredLength;
        }
    }

    /** The bytes of an existing blob, copied and checked against its size and checksum. */
    record ExistingBlob(BlobLocation location, long size, Checksum sha256) implements ByteSource {

        public ExistingBlob {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(sha256, "sha256");
        }

        @Override
        public OptionalLong knownLength() {
            return OptionalLong.of(size);
        }
    }
}
