package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The unmodified tus-js-client 4.3.1 (installed into compat/ by test.sh) drives the real server's resumable
 * upload endpoint: 0 B, 1 B, 6 MB, 20 MiB in 6 MB chunks, metadata, upsert, and the 415 and 413 at creation.
 */
class TusCompatE2eTest {

    private static final Path COMPAT = Path.of("..", "compat").toAbsolutePath().normalize();

    @Test
    void tusJsClientWorksUnmodified() throws IOException, InterruptedException {
        assertTrue(Files.isDirectory(COMPAT.resolve("node_modules/tus-js-client")),
                "run ./test.sh (it installs compat/node_modules) or `npm ci` in compat/");
        Path log = Files.createTempFile("tus-js-", ".log");
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=tap", "tus.test.mjs")
                .directory(COMPAT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("STOWAGE_URL", TestServer.shared().url().toString());
        node.environment().put("STOWAGE_ANON_KEY", Tokens.anon());
        node.environment().put("STOWAGE_USER_KEY", Tokens.user("tus-js-user"));
        node.environment().put("STOWAGE_OTHER_USER_KEY", Tokens.user("tus-js-other"));
        Process process = node.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "tus-js-client suite timed out:\n" + output);
        assertEquals(0, process.exitValue(), "tus-js-client suite failed:\n" + output);
        assertTrue(output.contains("# fail 0"), output);
    }
}
