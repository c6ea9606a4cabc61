package io.stowage.adapter.webdav;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback in front of a server that, once armed, drops the connection (or goes silent)
 * after a number of bytes in one direction: a server that fails mid-transfer. It disarms itself after
 * acting once, so the store's clean-up requests get through.
 */
final class CuttingProxy implements AutoCloseable {

    enum Direction { UPLOAD, DOWNLOAD }

    private final ServerSocket listener;
    private final int target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicLong budget = new AtomicLong(Long.MAX_VALUE);
    private volatile Direction direction = Direction.UPLOAD;
    private volatile boolean silent;
    private final Thread acceptor;

    CuttingProxy(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/";
    }

    /** After {@code bytes} more bytes in {@code way}, drops every connection (or stops forwarding, when silent). */
    void arm(Direction way, long bytes, boolean goSilent) {
        direction = way;
        silent = goSilent;
        budget.set(bytes);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(server);
                pump(client, server, Direction.UPLOAD);
                pump(server, client, Direction.DOWNLOAD);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, Direction way) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (way == direction && budget.get() != Long.MAX_VALUE && budget.addAndGet(-read) <= 0) {
                        budget.set(Long.MAX_VALUE);
                        if (silent) {
                            // hold the connection open and forward nothing more, until the other side gives up
                            while (!from.isClosed() && in.read(buffer) >= 0) {
                                // swallow
                            }
                        }
                        from.close();
                        to.close();
                        return;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException dropped) {
                // either side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cutting-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
    }
}
