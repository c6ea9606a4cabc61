package io.stowage.adapter.webdav;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.blob.StreamedBlobContent;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * A blob found by {@link WebdavBlobStore#open}: its size, and a ranged GET per stream, so several ranges
 * can be read at once. It does not hold the bytes: a blob deleted after opening answers
 * {@link BlobMissing} to the next {@link #stream}.
 */
final class WebdavBlobContent extends StreamedBlobContent {

    private static final int PARTIAL_CONTENT = 206;

    private final DavClient client;
    private final URI blob;

    WebdavBlobContent(DavClient client, URI blob, long size, BlobLocation location) {
        super(size, location);
        this.client = client;
        this.blob = blob;
    }

    /**
     * Each stream is its own response; closing it gives the connection back. A server that ignores Range
     * and answers 200 with the whole blob is served too, by skipping to the offset.
     *
     * @throws BlobMissing when the blob was deleted since it was opened
     * @throws io.stowage.domain.error.StorageUnavailable when the server cannot be read
     */
    @Override
    protected InputStream openRange(long offset, long length) throws IOException {
        DavClient.DavResponse response = client.stream(client.request(blob)
                .header("Range", "bytes=" + offset + "-" + (offset + length - 1))
                .GET(), -1);
        InputStream body = response.body();
        try {
            if (response.status() == 404) {
                throw new BlobMissing(location());
            }
            if (response.status() == PARTIAL_CONTENT) {
                return new BoundedStream(body, length, length);
            }
            if (response.status() == 200) {
                body.skipNBytes(offset);
                return new BoundedStream(body, length, size() - offset);
            }
            throw DavStatus.refused("GET", response.status(), location().volume().value());
        } catch (IOException | RuntimeException e) {
            body.close();
            throw e;
        }
    }
}
