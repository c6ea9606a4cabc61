package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bytes in equal bytes out, through the real server, at the sizes that break naive code. */
class RoundTripE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("round-trip-owner"));

    @BeforeAll
    static void bucket() {
        assertEquals(200, OWNER.createBucket("round-trip", "private").statusCode());
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(longs = {0, 1, 1024 * 1024, 100L * 1024 * 1024})
    void uploadThenDownloadGivesTheSameBytes(long size) throws IOException {
        Path payload = Payloads.file(size, size);
        String expected = Payloads.sha256(payload);
        String path = "/object/round-trip/sizes/" + size + ".bin";

        HttpResponse<String> upload = OWNER.upload("POST", path, "application/octet-stream",
                BodyPublishers.ofFile(payload), false);
        assertEquals(200, upload.statusCode(), upload.body());
        JsonNode uploaded = Json.body(upload);
        assertEquals("round-trip/sizes/" + size + ".bin", uploaded.get("Key").asText());
        assertEquals(size, uploaded.get("size").asLong());
        assertEquals(expected, uploaded.get("checksum_sha256").asText());
        assertEquals("round-trip-owner", uploaded.get("owner_id").asText());

        HttpResponse<InputStream> download = OWNER.stream(OWNER.request(path).GET());
        assertEquals(200, download.statusCode());
        assertEquals(String.valueOf(size), download.headers().firstValue("Content-Length").orElse(null));
        assertEquals("\"" + expected + "\"", download.headers().firstValue("ETag").orElse(null));
        try (InputStream body = download.body()) {
            assertEquals(expected, Payloads.sha256(body));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
