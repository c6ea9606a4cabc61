package io.stowage.bootstrap.packaged;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The packaged server (bootstrap/target/stowage/bin/stowage) run as a separate process, on the module path. */
final class PackagedServer implements AutoCloseable {

    static final Path SCRIPT = Path.of("target", "stowage", "bin", "stowage").toAbsolutePath();

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    final int port;

    private PackagedServer(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "packaged-server-output");
        reader.setDaemon(true);
        reader.start();
    }

    static PackagedServer start(Path dataDir, Map<String, String> env) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("STOWAGE_"));
        builder.environment().put("STOWAGE_PORT", String.valueOf(port));
        builder.environment().put("STOWAGE_DATA_DIR", dataDir.toString());
        builder.environment().putAll(env);
        return new PackagedServer(builder.start(), port);
    }

    /** Waits for the line that starts with {@code prefix} and returns its rest, trimmed. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                if (line.strip().startsWith(prefix)) {
                    return line.strip().substring(prefix.length()).strip();
                }
            }
            if (!process.isAlive() && output.stream().noneMatch(l -> l.strip().startsWith(prefix))) {
                throw new AssertionError("server exited with " + process.exitValue() + ":\n" + String.join("\n", output));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line starting with '" + prefix + "' within " + timeout + ":\n" + String.join("\n", output));
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + timeout);
        }
        Thread.sleep(200);
        return process.exitValue();
    }

    List<String> output() {
        return List.copyOf(output);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye, as when the machine or the OOM killer strikes. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
