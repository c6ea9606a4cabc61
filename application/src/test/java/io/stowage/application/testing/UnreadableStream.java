package io.stowage.application.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;

/** A request body that fails the test when anyone reads it: for checks that must happen before any byte. */
public final class UnreadableStream extends InputStream {

    @Override
    public int read() {
        return fail("the body was read although the request should have been refused first");
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        return fail("the body was read although the request should have been refused first");
    }
}
