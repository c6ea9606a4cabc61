package io.stowage.adapter.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A stand-in S3 endpoint on a loopback port that answers every request with 500 InternalError, the way
 * an overloaded store does. It reads each request whole first, so the client sees the answer, not a reset.
 */
final class FailingS3Server implements AutoCloseable {

    private static final byte[] BODY = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>InternalError</Code>"
            + "<Message>We encountered an internal error.</Message></Error>").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;
    private final Thread acceptor;

    FailingS3Server() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "failing-s3");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                answer(connection);
            } catch (IOException closedOrBroken) {
                // the test is over, or the client hung up: either way, the next connection is served afresh
            }
        }
    }

    private static void answer(Socket connection) throws IOException {
        InputStream in = connection.getInputStream();
        String requestLine = readLine(in);
        long contentLength = 0;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Long.parseLong(lower.substring("content-length:".length()).trim());
            }
        }
        in.skipNBytes(contentLength);
        OutputStream out = connection.getOutputStream();
        out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/xml\r\nContent-Length: "
                + BODY.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        if (!requestLine.startsWith("HEAD ")) {
            out.write(BODY);
        }
        out.flush();
    }

    /** Byte by byte, so that no byte of the body is consumed with the head. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("connection closed mid-request");
            }
            if (next != '\r') {
                line.append((char) next);
            }
        }
        return line.toString();
    }
}
