package io.stowage.bootstrap.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** One request written byte for byte on its own connection, for headers the JDK client will not send (Host). */
final class RawRequest {

    private RawRequest() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body}; returns the whole answer. */
    static String send(String head, byte[] body) {
        URI server = TestServer.shared().url();
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }
}
