package io.stowage.application.port.out;

import io.stowage.domain.value.Checksum;

/** What a blob store measured while it durably stored a blob. */
public record BlobWritten(long size, Checksum sha256) {
}
