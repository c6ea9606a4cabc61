package io.stowage.adapter.sftp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on a random loopback port in front of a server. Armed with {@link #cutAfter}, it drops
 * every connection it carries once that many more bytes went from client to server, the way a network
 * or a server dies mid-transfer; later connections pass again.
 */
public final class CuttingProxy implements AutoCloseable {

    private static final long DISARMED = Long.MAX_VALUE;

    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicLong budget = new AtomicLong(DISARMED);
    private final AtomicInteger cuts = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    public CuttingProxy(int targetPort) {
        this.targetPort = targetPort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Drops the connections once {@code bytes} more bytes went upstream. */
    public void cutAfter(long bytes) {
        budget.set(bytes);
    }

    /** How many times connections were cut. */
    public int cuts() {
        return cuts.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
                open.add(client);
                open.add(server);
                pump(client, server, true);
                pump(server, client, false);
            } catch (IOException e) {
                // listener closed, or the target refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to, boolean upstream) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) != -1; ) {
                    if (upstream && budget.addAndGet(-read) < 0 && budget.get() < DISARMED / 2) {
                        budget.set(DISARMED);
                        cuts.incrementAndGet();
                        cutAll();
                        return;
                    }
                    out.write(buffer, 0, read);
                }
            } catch (IOException e) {
                // the other side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cutting-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void cutAll() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        cutAll();
    }
}
