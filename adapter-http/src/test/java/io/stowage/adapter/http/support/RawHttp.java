package io.stowage.adapter.http.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A hand-written HTTP/1.1 exchange over a socket, for what java.net.http hides: sending headers and then
 * only part of a body, and seeing whether the server answers and closes the connection.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;

    public RawHttp(int port) {
        try {
            socket = new Socket("localhost", port);
            socket.setSoTimeout(20_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OutputStream out() throws IOException {
        return socket.getOutputStream();
    }

    public void send(String head) throws IOException {
        out().write(head.getBytes(StandardCharsets.ISO_8859_1));
        out().flush();
    }

    /** The response head (status line and headers), read up to the blank line. */
    public String readHead() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    public static int status(String head) {
        return Integer.parseInt(head.substring(9, 12));
    }

    public static boolean closes(String head) {
        return head.toLowerCase(Locale.ROOT).contains("connection: close");
    }

    /** Reads and drops the rest; true when the server closed the connection within the timeout. */
    public boolean closedByServer() throws IOException {
        InputStream in = socket.getInputStream();
        byte[] sink = new byte[8192];
        try {
            while (in.read(sink) >= 0) {
                // the error body
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
