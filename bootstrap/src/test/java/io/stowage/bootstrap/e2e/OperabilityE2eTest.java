package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an operator sees: X-Request-Id on every answer, and Prometheus metrics at /metrics without a token. */
class OperabilityE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("operability-owner"));
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{(?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*\\})?) (\\S+)( [0-9]+)?");

    @BeforeAll
    static void bucket() {
        assertEquals(200, OWNER.createBucket("operability", "private").statusCode());
    }

    @Test
    void everyAnswerCarriesARequestIdAndASaneOneIsKept() {
        HttpResponse<String> ok = OWNER.get("/bucket");
        HttpResponse<String> refused = Api.as(Tokens.wrongSecret("mallory")).get("/bucket");
        HttpResponse<String> missing = OWNER.get("/object/operability/no-such-file.txt");
        assertEquals(200, ok.statusCode());
        assertEquals(401, refused.statusCode());
        assertEquals(404, missing.statusCode());
        for (HttpResponse<String> response : List.of(ok, refused, missing)) {
            String id = response.headers().firstValue("X-Request-Id").orElseThrow(() ->
                    new AssertionError("no X-Request-Id on a " + response.statusCode()));
            assertTrue(id.matches("[A-Za-z0-9._-]{1,64}"), id);
        }
        assertNotEquals(ok.headers().firstValue("X-Request-Id"), refused.headers().firstValue("X-Request-Id"));

        HttpResponse<String> traced = OWNER.send(OWNER.request("/bucket").header("X-Request-Id", "lb-42.a_b").GET());
        assertEquals("lb-42.a_b", traced.headers().firstValue("X-Request-Id").orElseThrow());
        HttpResponse<String> odd = OWNER.send(OWNER.request("/bucket").header("X-Request-Id", "no spaces, please").GET());
        assertNotEquals("no spaces, please", odd.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void anUploadAndADownloadMoveTheCountersByOneAndTheBytesByTheSize() {
        Map<String, Double> before = metrics();
        byte[] content = new byte[12_345];
        // multipart on purpose: the bytes counted are the file's, not the form's framing
        HttpResponse<String> upload = OWNER.upload("POST", "/object/operability/counted.bin", Multipart.contentType(),
                new Multipart().field("cacheControl", "60").file("application/octet-stream", content), false);
        assertEquals(200, upload.statusCode(), upload.body());
        HttpResponse<String> download = OWNER.get("/object/operability/counted.bin");
        assertEquals(200, download.statusCode());
        Map<String, Double> after = metrics();

        assertMoved(before, after, "stowage_uploads_total{bucket=\"operability\",status=\"200\"}", 1);
        assertMoved(before, after, "stowage_upload_bytes_total{bucket=\"operability\"}", content.length);
        assertMoved(before, after, "stowage_downloads_total{bucket=\"operability\",status=\"200\"}", 1);
        assertMoved(before, after, "stowage_download_bytes_total{bucket=\"operability\"}", content.length);
    }

    @Test
    void metricsNeedNoTokenAndIncludeTheJvmAndHttpServerDefaults() {
        HttpResponse<String> scrape = scrape();
        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
                scrape.headers().toString());
        Map<String, Double> samples = parse(scrape.body());
        assertTrue(samples.keySet().stream().anyMatch(s -> s.startsWith("jvm_memory_used_bytes{")), "JVM memory");
        assertTrue(samples.keySet().stream().anyMatch(s -> s.startsWith("jvm_threads_live_threads")), "JVM threads");
        assertTrue(samples.keySet().stream().anyMatch(s -> s.startsWith("http_server_requests_seconds_count{")),
                "HTTP server requests");
    }

    private static void assertMoved(Map<String, Double> before, Map<String, Double> after, String series, double by) {
        assertEquals(by, after.getOrDefault(series, 0.0) - before.getOrDefault(series, 0.0), series);
    }

    private static Map<String, Double> metrics() {
        HttpResponse<String> scrape = scrape();
        assertEquals(200, scrape.statusCode(), scrape.body());
        return parse(scrape.body());
    }

    private static HttpResponse<String> scrape() {
        Api anonymous = Api.anonymous();
        return anonymous.send(HttpRequest.newBuilder(URI.create(TestServer.shared().url() + "/metrics")).GET());
    }

    /** Every sample line of a Prometheus text scrape; any other line fails the test. */
    private static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertTrue(sample.matches(), "not a Prometheus sample: " + line);
            samples.put(sample.group(1), Double.parseDouble(sample.group(2).replace("Inf", "Infinity")));
        }
        return samples;
    }
}
