package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a hostile or broken client sends on the wire, byte for byte: broken chunked framing, odd transfer
 * codings, compressed bodies, bad protocol versions, oversized heads. A request whose body did not end
 * cleanly stores nothing and leaves the previous version as it was; a compressed body is stored as sent.
 */
class WireFramingE2eTest {

    private static final String USER = "wire-owner";
    private static final String TOKEN = Tokens.user(USER);
    private static final Api OWNER = Api.as(TOKEN);
    private static final String BUCKET = "wire";
    private static final byte[] ORIGINAL = "the original, good version".getBytes(StandardCharsets.UTF_8);

    private String keptEtag;
    private Set<String> blobsBefore;

    @BeforeEach
    void seed() {
        OWNER.createBucket(BUCKET, "private");
        HttpResponse<String> seeded = OWNER.upload("POST", "/object/" + BUCKET + "/kept.txt", "text/plain",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(ORIGINAL), true);
        assertEquals(200, seeded.statusCode(), seeded.body());
        keptEtag = OWNER.head("/object/" + BUCKET + "/kept.txt").headers().firstValue("ETag").orElseThrow();
        blobsBefore = BlobInventory.versionsOf(BUCKET);
    }

    private static String upload(String method, String key, String headers) {
        return RawHttp.head(method, "/object/" + BUCKET + "/" + key, TOKEN, headers);
    }

    /** The request is refused with the JSON error shape, and the server closes the connection after it. */
    private static void assertRefusedAndClosed(RawHttp.Response response, RawHttp connection, int status)
            throws IOException {
        assertEquals(status, response.status(), response.text());
        assertTrue(response.header("Content-Type").startsWith("application/json"), response.headers().toString());
        JsonNode body = Json.parse(response.text());
        assertEquals(String.valueOf(status), body.path("statusCode").asText(), response.text());
        assertFalse(body.path("message").asText().isEmpty(), response.text());
        assertFalse(response.text().contains("Exception") || response.text().toLowerCase().contains("netty")
                || response.text().toLowerCase().contains("micronaut"), response.text());
        assertTrue(connection.closedByServer(), "the connection is closed after the refusal");
    }

    private void assertNothingStored(String key) {
        assertEquals(404, OWNER.get("/object/" + BUCKET + "/" + key).statusCode(), key + " must not exist");
        assertKeptIntact();
        assertEquals(blobsBefore, BlobInventory.versionsOf(BUCKET), "no new blob, none removed");
    }

    private void assertKeptIntact() {
        Download kept = bytes("/object/" + BUCKET + "/kept.txt");
        assertEquals(200, kept.status());
        assertArrayEquals(ORIGINAL, kept.body(), "the previous version keeps its bytes");
        assertEquals(keptEtag, kept.headers().firstValue("ETag").orElseThrow(), "and its ETag");
    }

    private static RawHttp.Response exchange(RawHttp connection, String head, byte[] body) throws IOException {
        return connection.send(concat(head.getBytes(StandardCharsets.ISO_8859_1), body)).read();
    }

    @Test
    void aBadChunkSizeIs400AndStoresNothing() throws Exception {
        try (RawHttp connection = new RawHttp()) {
            RawHttp.Response response = exchange(connection,
                    upload("POST", "bad-size.txt", "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"),
                    ascii("5\r\nhello\r\nzz\r\nmore\r\n0\r\n\r\n"));
            assertRefusedAndClosed(response, connection, 400);
        }
        assertNothingStored("bad-size.txt");
    }

    @Test
    void aChunkLongerThanDeclaredIs400AndStoresNothing() throws Exception {
        try (RawHttp connection = new RawHttp()) {
            RawHttp.Response response = exchange(connection,
                    upload("POST", "long-chunk.txt", "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"),
                    ascii("3\r\nhello\r\n0\r\n\r\n"));
            assertRefusedAndClosed(response, connection, 400);
        }
        assertNothingStored("long-chunk.txt");
    }

    @Test
    void aMalformedChunkedUpsertKeepsThePreviousVersion() throws Exception {
        for (String body : new String[] {"5\r\nhello\r\nzz\r\nmore\r\n0\r\n\r\n", "3\r\nhello\r\n0\r\n\r\n"}) {
            for (String method : new String[] {"POST", "PUT"}) {
                try (RawHttp connection = new RawHttp()) {
                    RawHttp.Response response = exchange(connection, upload(method, "kept.txt",
                            "Content-Type: text/plain\r\nx-upsert: true\r\nTransfer-Encoding: chunked\r\n"), ascii(body));
                    assertRefusedAndClosed(response, connection, 400);
                }
                assertKeptIntact();
                assertEquals(blobsBefore, BlobInventory.versionsOf(BUCKET));
            }
        }
    }

    @Test
    void aBrokenChunkedMultipartFormStoresNothing() throws Exception {
        String form = "--b0undary\r\nContent-Disposition: form-data; name=\"\"; filename=\"f\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--b0undary--\r\n";
        byte[] chunked = concat(ascii(Integer.toHexString(40) + "\r\n"), Arrays.copyOf(ascii(form), 40),
                ascii("\r\nzz\r\n"));
        try (RawHttp connection = new RawHttp()) {
            RawHttp.Response response = exchange(connection, upload("POST", "form.txt",
                    "Content-Type: multipart/form-data; boundary=b0undary\r\nTransfer-Encoding: chunked\r\n"), chunked);
            assertRefusedAndClosed(response, connection, 400);
        }
        assertNothingStored("form.txt");
    }

    @Test
    void aBrokenChunkedSignedUploadStoresNothing() throws Exception {
        HttpResponse<String> signed = OWNER.postJson("/object/upload/sign/" + BUCKET + "/signed.txt", "{}");
        assertEquals(200, signed.statusCode(), signed.body());
        String url = Json.body(signed).path("url").asText();
        try (RawHttp connection = new RawHttp()) {
            RawHttp.Response response = exchange(connection, RawHttp.head("PUT", url, null,
                    "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"), ascii("3\r\nhello\r\n0\r\n\r\n"));
            assertRefusedAndClosed(response, connection, 400);
        }
        assertNothingStored("signed.txt");
    }

    @Test
    void aGzipBodyIsStoredAsSentEvenWhenTruncated() throws Exception {
        byte[] gzip = gzip("a body compressed by the client, stored as it was sent ".repeat(50));
        byte[] truncated = Arrays.copyOf(gzip, gzip.length / 2);
        for (byte[] sent : new byte[][] {gzip, truncated}) {
            try (RawHttp connection = new RawHttp()) {
                RawHttp.Response response = exchange(connection, upload("POST", "gz-" + sent.length + ".txt",
                        "Content-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Length: " + sent.length + "\r\n"),
                        sent);
                assertEquals(200, response.status(), response.text());
            }
            assertStoredAsSent("gz-" + sent.length + ".txt", sent, "gzip");
        }
    }

    @Test
    void aGzipUpsertWithAnInvalidStreamIsStoredAsSent() throws Exception {
        byte[] abc = ascii("abc");
        try (RawHttp connection = new RawHttp()) {
            RawHttp.Response response = exchange(connection, upload("POST", "kept.txt",
                    "Content-Type: text/plain\r\nx-upsert: true\r\nContent-Encoding: gzip\r\nContent-Length: 3\r\n"), abc);
            assertEquals(200, response.status(), response.text());
        }
        assertStoredAsSent("kept.txt", abc, "gzip");
    }

    @Test
    void aBadContentEncodingValueIs400() throws Exception {
        try (RawHttp connection = new RawHttp()) {
            RawHttp.Response response = exchange(connection, upload("POST", "bad-ce.txt",
                    "Content-Type: text/plain\r\nContent-Encoding: gzip; q=1\r\nContent-Length: 3\r\n"), ascii("abc"));
            assertEquals(400, response.status(), response.text());
            assertEquals("InvalidRequest", Json.parse(response.text()).path("code").asText());
        }
        assertNothingStored("bad-ce.txt");
    }

    private static void assertStoredAsSent(String key, byte[] sent, String encoding) throws Exception {
        Download download = bytes("/object/" + BUCKET + "/" + key);
        assertEquals(200, download.status());
        assertArrayEquals(sent, download.body(), "the bytes stored are the bytes sent");
        assertEquals(encoding, download.headers().firstValue("Content-Encoding").orElse(null));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sent));
        assertEquals("\"" + sha256 + "\"", download.headers().firstValue("ETag").orElseThrow());
        JsonNode info = Json.body(OWNER.get("/object/info/" + BUCKET + "/" + key));
        assertEquals(sent.length, info.path("size").asLong());
        assertEquals(encoding, info.path("content_encoding").asText());
    }

    @Test
    void aCompressedTransferCodingIs400AndStoresNothing() throws Exception {
        byte[] gzip = gzip("compressed as a transfer coding");
        byte[] cut = Arrays.copyOf(gzip, gzip.length - 8);
        byte[] chunked = concat(ascii(Integer.toHexString(cut.length) + "\r\n"), cut, ascii("\r\n0\r\n\r\n"));
        try (RawHttp connection = new RawHttp()) {
            RawHttp.Response response = exchange(connection,
                    upload("POST", "te-gzip.txt", "Content-Type: text/plain\r\nTransfer-Encoding: gzip, chunked\r\n"),
                    chunked);
            assertRefusedAndClosed(response, connection, 400);
        }
        assertNothingStored("te-gzip.txt");
    }

    @Test
    void anObfuscatedTransferEncodingIs400AndThePipelinedRequestIsNeverAnswered() throws Exception {
        for (String te : new String[] {"xchunked", "chunked, chunked", " chunked\r\nTransfer-Encoding: chunked",
                "identity"}) {
            String pipelined = RawHttp.head("GET", "/object/" + BUCKET + "/kept.txt", TOKEN, "");
            try (RawHttp connection = new RawHttp()) {
                RawHttp.Response response = exchange(connection, upload("POST", "smuggled.txt",
                        "Content-Type: text/plain\r\nTransfer-Encoding: " + te + "\r\nContent-Length: 3\r\n"),
                        concat(ascii("abc"), ascii(pipelined)));
                assertRefusedAndClosed(response, connection, 400);
            }
            assertNothingStored("smuggled.txt");
        }
    }

    @Test
    void chunkedWithAContentLengthIs400AndClosed() throws Exception {
        try (RawHttp connection = new RawHttp()) {
            RawHttp.Response response = exchange(connection, upload("POST", "both.txt",
                    "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n"),
                    ascii("3\r\nabc\r\n0\r\n\r\n"));
            assertRefusedAndClosed(response, connection, 400);
        }
        assertNothingStored("both.txt");
    }

    @Test
    void aBodyShorterThanItsLengthThenACutConnectionStoresNothing() throws Exception {
        double failedBefore = failedUploads();
        try (RawHttp connection = new RawHttp()) {
            connection.send(upload("POST", "kept.txt",
                    "Content-Type: text/plain\r\nx-upsert: true\r\nContent-Length: 100000\r\n") + "only the start");
        }
        try (RawHttp connection = new RawHttp()) {
            connection.send(upload("POST", "short.txt", "Content-Type: text/plain\r\nContent-Length: 100000\r\n")
                    + "only the start");
        }
        // the server finishes the two cut uploads on its own time: wait until both are reported as done
        awaitFailedUploads(failedBefore + 2);
        assertNothingStored("short.txt");
    }

    @Test
    void anUnsupportedProtocolVersionIs505() throws Exception {
        for (String version : new String[] {"HTTP/2.0", "HTTP/1.2", "HTTP/3.0", "HTTX/1.1", "garbage"}) {
            try (RawHttp connection = new RawHttp()) {
                RawHttp.Response response = connection.send("GET /storage/v1/bucket " + version
                        + "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN + "\r\n\r\n").read();
                assertRefusedAndClosed(response, connection, 505);
            }
        }
    }

    @Test
    void anOversizedHeaderBlockIs431() throws Exception {
        try (RawHttp connection = new RawHttp()) {
            RawHttp.Response response = connection.send(RawHttp.head("GET", "/bucket", TOKEN,
                    "X-Padding: " + "p".repeat(20_000) + "\r\n")).read();
            assertRefusedAndClosed(response, connection, 431);
        }
    }

    @Test
    void aWellFormedChunkedUploadStillWorksAndKeepsTheConnection() throws Exception {
        try (RawHttp connection = new RawHttp()) {
            RawHttp.Response response = exchange(connection,
                    upload("POST", "fine.txt", "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"),
                    ascii("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"));
            assertEquals(200, response.status(), response.text());
            RawHttp.Response next = connection.send(RawHttp.head("GET", "/object/" + BUCKET + "/fine.txt", TOKEN, ""))
                    .read();
            assertEquals(200, next.status());
            assertEquals("hello world", next.text());
        }
    }

    private static Download bytes(String path) {
        HttpResponse<java.io.InputStream> response = OWNER.stream(OWNER.request(path).GET());
        try (java.io.InputStream body = response.body()) {
            return new Download(response.statusCode(), response.headers(), body.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Uploads into this test's bucket that were answered, or ended, with anything but a 2xx status. */
    private static double failedUploads() {
        HttpResponse<String> scrape = Api.anonymous().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(TestServer.shared().url() + "/metrics")).GET());
        assertEquals(200, scrape.statusCode());
        double sum = 0;
        for (String line : scrape.body().split("\n")) {
            if (line.startsWith("stowage_uploads_total{") && line.contains("bucket=\"" + BUCKET + "\"")
                    && !line.contains("status=\"2")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static void awaitFailedUploads(double atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (failedUploads() < atLeast) {
            assertTrue(System.nanoTime() < deadline, "the cut uploads were never reported as finished");
            Thread.sleep(50); // polling interval, not a stand-in for synchronisation
        }
    }

    /** A download read whole. */
    private record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
