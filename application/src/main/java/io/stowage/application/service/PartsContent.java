package io.stowage.application.service;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.UploadPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/** The staged parts of a resumable upload read back to back as one stream, one part open at a time. */
final class PartsContent extends InputStream {

    private final BlobStore blobs;
    private final Iterator<UploadPart> parts;
    private BlobContent opened;
    private InputStream current = InputStream.nullInputStream();

    PartsContent(BlobStore blobs, List<UploadPart> parts) {
        this.blobs = blobs;
        this.parts = List.copyOf(parts).iterator();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            int read = current.read(target, offset, length);
            if (read >= 0) {
                return read;
            }
            if (!parts.hasNext()) {
                return -1;
            }
            next();
        }
    }

    private void next() throws IOException {
        closeCurrent();
        UploadPart part = parts.next();
        opened = blobs.open(part.location());
        if (opened.size() != part.size()) {
            throw new IOException("a staged part holds " + opened.size() + " bytes, not " + part.size());
        }
        current = opened.stream(0, part.size());
    }

    private void closeCurrent() throws IOException {
        current.close();
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
    }
}
