package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a new user meets at the printed URL: {@code /} and {@code /storage/v1} answer an index naming the
 * service and linking to the docs, the OpenAPI document, /health and /metrics (JSON, or HTML for a
 * browser), and every link answers.
 */
class FrontDoorE2eTest {

    private static final Map<String, String> LINKS = Map.of("api", "/storage/v1", "docs", "/storage/v1/docs",
            "openapi", "/storage/v1/openapi.yml", "health", "/health", "metrics", "/metrics");

    private final Api root = new Api(URI.create(TestServer.shared().url().toString()), null);

    @Test
    void theRootAndTheApiBaseAnswerAJsonIndexWhoseLinksWork() {
        for (String path : List.of("/", "/storage/v1", "/storage/v1/")) {
            HttpResponse<String> index = root.send(root.request(path).header("Accept", "*/*").GET());
            assertEquals(200, index.statusCode(), path + ": " + index.body());
            assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            JsonNode json = Json.parse(index.body());
            assertEquals("Stowage", json.get("service").asText(), index.body());
            assertFalse(json.get("version").asText().isBlank(), index.body());
            for (Map.Entry<String, String> link : LINKS.entrySet()) {
                assertEquals(link.getValue(), json.get("links").get(link.getKey()).asText(), index.body());
            }
            assertEquals(LINKS.size(), json.get("links").size(), index.body());
        }
        for (String link : LINKS.values()) {
            assertEquals(200, root.get(link).statusCode(), link);
        }
    }

    @Test
    void aBrowserGetsTheSameIndexAsAPage() {
        HttpResponse<String> page = root.send(root.request("/storage/v1")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (String link : LINKS.values()) {
            assertTrue(page.body().contains("href=\"" + link + "\""), page.body());
        }
    }

    @Test
    void aBadTokenOnTheIndexIsStillRefused() {
        HttpResponse<String> refused = new Api(URI.create(TestServer.shared().url().toString()),
                Tokens.wrongSecret("mallory")).get("/storage/v1");
        assertEquals(401, refused.statusCode(), refused.body());
    }
}
