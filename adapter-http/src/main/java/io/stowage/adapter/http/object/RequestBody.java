package io.stowage.adapter.http.object;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * The raw request body as a stream that is opened on its first read. Until then Micronaut has not been
 * asked for a byte, so a request refused before reading never triggers "100 Continue" and the client
 * never sends the body.
 */
final class RequestBody extends InputStream {

    private final ServerHttpRequest<?> request;
    private InputStream opened;

    RequestBody(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> serverRequest)) {
            throw new IllegalStateException("not a server request: " + request.getClass().getName());
        }
        this.request = serverRequest;
    }

    private InputStream opened() {
        if (opened == null) {
            opened = request.byteBody().toInputStream();
        }
        return opened;
    }

    @Override
    public int read() throws IOException {
        return opened().read();
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        return opened().read(target, offset, length);
    }

    @Override
    public void close() throws IOException {
        if (opened != null) {
            opened.close();
        }
    }
}
