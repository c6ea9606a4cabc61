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
 * The unmodified @supabase/storage-js client (installed into compat/ by test.sh) drives the real
 * server: buckets, Buffer and Blob uploads, list, download, remove, empty and delete.
 */
class StorageJsCompatE2eTest {

    private static final Path COMPAT = Path.of("..", "compat").toAbsolutePath().normalize();

    @Test
    void storageJsWorksUnmodified() throws IOException, InterruptedException {
        assertTrue(Files.isDirectory(COMPAT.resolve("node_modules/@supabase/storage-js")),
                "run ./test.sh (it installs compat/node_modules) or `npm ci` in compat/");
        Path log = Files.createTempFile("storage-js-", ".log");
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=tap", "storage-js.test.mjs")
                .directory(COMPAT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("STOWAGE_URL", TestServer.shared().url().toString());
        node.environment().put("STOWAGE_ANON_KEY", Tokens.anon());
        node.environment().put("STOWAGE_USER_KEY", Tokens.user("storage-js-user"));
        node.environment().put("STOWAGE_OTHER_USER_KEY", Tokens.user("storage-js-other"));
        Process process = node.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "storage-js suite timed out:\n" + output);
        assertEquals(0, process.exitValue(), "storage-js suite failed:\n" + output);
        assertTrue(output.contains("# fail 0"), output);
    }
}
