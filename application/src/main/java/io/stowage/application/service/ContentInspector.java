package io.stowage.application.service;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.domain.value.ContentType;
import java.io.InputStream;

/**
 * The step between the sender and the volume that may look at or transform the bytes (type sniffing,
 * compression): it wraps the stream, which stays a stream. The client's MD5 is measured before it, the
 * stored SHA-256 after it, so a transforming inspector must also change what the digests are checked
 * against; {@link #IDENTITY}, the default, passes the bytes through untouched.
 */
@FunctionalInterface
public interface ContentInspector {

    ContentInspector IDENTITY = (destination, contentType, content) -> content;

    InputStream inspect(BlobLocation destination, ContentType contentType, InputStream content);
}
