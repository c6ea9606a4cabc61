package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Raw and percent-encoded traversal attempts are refused and write nothing anywhere. */
class TraversalE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("traversal-owner"));

    @BeforeAll
    static void bucket() {
        assertEquals(200, OWNER.createBucket("traversal", "private").statusCode());
    }

    @Test
    void encodedTraversalIsRefusedAndWritesNothing() throws IOException {
        List<String> before = filesUnder(TestServer.shared().dataDir());
        for (String key : List.of("%2e%2e/%2e%2e/escape.txt", "a/%2E%2E/%2E%2E/%2E%2E/escape.txt", "a/./b.txt",
                "a//b.txt", "%2Fabsolute.txt", "a%5C..%5Cescape.txt", "nul%00.txt", "tab%09.txt", "a/../../b.txt")) {
            var response = OWNER.upload("/object/traversal/" + key, "text/plain", "evil".getBytes());
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, key + " -> " + response.statusCode());
            if (response.statusCode() == 400) {
                assertError(response, 400, Json.body(response).path("code").asText());
            }
        }
        assertEquals(before, filesUnder(TestServer.shared().dataDir()), "nothing written under the data dir");
        assertEquals(0, Json.body(OWNER.postJson("/object/list/traversal", "{\"prefix\":\"\"}")).size());
    }

    @Test
    void rawDotSegmentsOnTheWireAreRefused() throws IOException {
        List<String> before = filesUnder(TestServer.shared().dataDir());
        String request = "POST /storage/v1/object/traversal/../../../escape.txt HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAuthorization: Bearer " + Tokens.user("traversal-owner") + "\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 4\r\nConnection: close\r\n\r\nevil";
        URIish server = new URIish(TestServer.shared().url());
        try (Socket socket = new Socket(server.host, server.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(status.matches("HTTP/1\\.1 4\\d\\d"), "status line: " + status);
        }
        assertEquals(before, filesUnder(TestServer.shared().dataDir()));
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(dir.resolve("postgres")))
                    .map(p -> dir.relativize(p).toString())
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Host and port of a server URI. */
    private record URIish(String host, int port) {
        URIish(java.net.URI uri) {
            this(uri.getHost(), uri.getPort());
        }
    }
}
