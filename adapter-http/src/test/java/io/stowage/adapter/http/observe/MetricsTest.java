package io.stowage.adapter.http.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /metrics answers without a token in Prometheus text, and transfers move their counters. */
class MetricsTest {

    static ApiServer api;
    static String owner;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        owner = api.userToken("mia");
        assertEquals(200, api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"counted\"}").send().status());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theScrapeIsPrometheusTextWithJvmAndHttpServerDefaults() {
        api.call("GET", "//health").send();
        Reply scrape = api.call("GET", "//metrics").send();
        assertEquals(200, scrape.status(), scrape::toString);
        assertEquals(MetricsController.CONTENT_TYPE, scrape.header("Content-Type").orElseThrow());
        assertTrue(scrape.header("X-Request-Id").isPresent());
        Map<String, Double> samples = PrometheusText.samples(scrape.text());
        assertTrue(samples.keySet().stream().anyMatch(s -> s.startsWith("jvm_memory_used_bytes{")), samples::toString);
        assertTrue(samples.keySet().stream().anyMatch(s -> s.startsWith("http_server_requests_seconds_count{")
                && s.contains("uri=\"/health\"")), samples::toString);
    }

    @Test
    void uploadsAndDownloadsMoveTheirCountersAndBytes() {
        Map<String, Double> before = scrape();
        byte[] body = new byte[4321];
        assertEquals(200, api.call("POST", "/object/counted/a.bin").bearer(owner)
                .body(body, "application/octet-stream").send().status());
        assertEquals(200, api.call("GET", "/object/counted/a.bin").bearer(owner).send().status());
        assertEquals(200, api.call("HEAD", "/object/counted/a.bin").bearer(owner).send().status());
        assertEquals(404, api.call("GET", "/object/counted/missing.bin").bearer(owner).send().status());
        Map<String, Double> after = scrape();

        assertMoved(before, after, "stowage_uploads_total{bucket=\"counted\",status=\"200\"}", 1);
        assertMoved(before, after, "stowage_upload_bytes_total{bucket=\"counted\"}", body.length);
        assertMoved(before, after, "stowage_downloads_total{bucket=\"counted\",status=\"200\"}", 1);
        assertMoved(before, after, "stowage_downloads_total{bucket=\"counted\",status=\"404\"}", 1);
        // HEAD sends no bytes and is no download
        assertMoved(before, after, "stowage_download_bytes_total{bucket=\"counted\"}", body.length);
    }

    @Test
    void aBucketNameNoRequestSucceededOnIsNotALabel() {
        Map<String, Double> before = scrape();
        String invented = "invented-" + System.nanoTime();
        assertEquals(404, api.call("POST", "/object/" + invented + "/x.bin").bearer(owner).text("x").send().status());
        Map<String, Double> after = scrape();
        assertMoved(before, after, "stowage_uploads_total{bucket=\"" + BucketLabels.OTHER + "\",status=\"404\"}", 1);
        assertTrue(after.keySet().stream().noneMatch(series -> series.contains(invented)), after::toString);
    }

    private static void assertMoved(Map<String, Double> before, Map<String, Double> after, String series, double by) {
        assertEquals(by, PrometheusText.value(after, series) - PrometheusText.value(before, series), series);
    }

    private static Map<String, Double> scrape() {
        Reply scrape = api.call("GET", "//metrics").send();
        assertEquals(200, scrape.status(), scrape::toString);
        return PrometheusText.samples(scrape.text());
    }
}
