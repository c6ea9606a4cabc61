package io.stowage.adapter.ftp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of an FTP server, for control and (passive) data connections alike: it rewrites
 * each "227 Entering Passive Mode" answer to a data port of its own. Once more than {@code budget} data
 * bytes have crossed it, it cuts every connection and refuses new ones: a server dying mid-transfer.
 */
final class CuttingFtpProxy implements AutoCloseable {

    private static final Pattern PASSIVE = Pattern.compile("227 .*\\((\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)\\).*");
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final int serverPort;
    private final AtomicLong budget;
    private final ServerSocket control;
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    CuttingFtpProxy(int serverPort, long budget) throws IOException {
        this.serverPort = serverPort;
        this.budget = new AtomicLong(budget);
        this.control = new ServerSocket(0, 50, LOOPBACK);
        open.add(control);
        daemon(this::acceptControl);
    }

    int port() {
        return control.getLocalPort();
    }

    boolean hasCut() {
        return cut;
    }

    private void acceptControl() {
        try {
            while (!cut) {
                Socket client = control.accept();
                Socket server = new Socket(LOOPBACK, serverPort);
                open.add(client);
                open.add(server);
                daemon(() -> pump(client.getInputStream(), server.getOutputStream(), false));
                daemon(() -> rewriteReplies(server.getInputStream(), client.getOutputStream()));
            }
        } catch (IOException ended) {
            // closed: the proxy was cut or stopped
        }
    }

    private void rewriteReplies(InputStream from, OutputStream to) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = from.read(); next >= 0; next = from.read()) {
            line.write(next);
            if (next == '\n') {
                to.write(rewrite(line.toString(StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII));
                to.flush();
                line.reset();
            }
        }
        to.close();
    }

    private String rewrite(String reply) throws IOException {
        Matcher passive = PASSIVE.matcher(reply.strip());
        if (!passive.matches()) {
            return reply;
        }
        int dataPort = Integer.parseInt(passive.group(5)) * 256 + Integer.parseInt(passive.group(6));
        ServerSocket listener = new ServerSocket(0, 1, LOOPBACK);
        open.add(listener);
        daemon(() -> {
            try (listener) {
                Socket client = listener.accept();
                Socket server = new Socket(LOOPBACK, dataPort);
                open.add(client);
                open.add(server);
                daemon(() -> pump(client.getInputStream(), server.getOutputStream(), true));
                daemon(() -> pump(server.getInputStream(), client.getOutputStream(), true));
            }
        });
        int port = listener.getLocalPort();
        return "227 Entering Passive Mode (127,0,0,1," + port / 256 + "," + port % 256 + ")\r\n";
    }

    private void pump(InputStream from, OutputStream to, boolean counted) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
            if (counted && budget.addAndGet(-read) < 0) {
                cutEverything();
                return;
            }
            to.write(buffer, 0, read);
        }
        to.close();
    }

    private void cutEverything() {
        cut = true;
        close();
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : open) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing everything regardless
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    private static void daemon(Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (IOException ended) {
                // a cut or closed connection ends its pump
            }
        }, "cutting-ftp-proxy");
        thread.setDaemon(true);
        thread.start();
    }
}
