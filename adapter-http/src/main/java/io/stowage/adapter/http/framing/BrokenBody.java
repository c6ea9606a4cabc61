package io.stowage.adapter.http.framing;

import java.io.IOException;

/**
 * The request body's framing broke (a bad chunk size, a chunk longer than declared, a bad chunk end):
 * raised into the body stream so that the upload reading it fails instead of seeing a clean end.
 * The message says the connection is closed, which it will be, and which Micronaut recognises as a
 * client's doing when no request is left to fail (it then logs at debug, not as a server error).
 */
final class BrokenBody extends IOException {

    BrokenBody(Throwable cause) {
        super("connection closed: the request body is not valid chunked framing", cause);
    }
}
