package io.stowage.adapter.http.object;

import io.stowage.application.port.out.BlobContent;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A blob's byte stream that also closes the opened blob when Micronaut closes it after the response. */
public final class ContentClosingStream extends FilterInputStream {

    private final BlobContent content;
    private boolean closed;

    public ContentClosingStream(InputStream bytes, BlobContent content) {
        super(bytes);
        this.content = content;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            super.close();
        } finally {
            content.close();
        }
    }
}
