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
 * service and linking to the docs, the OpenAPI document, /health, /metrics and the console (JSON, or HTML
 * for a browser on /storage/v1), and every link answers; a browser opening {@code /} is sent to the console.
 */
class FrontDoorE2eTest {

    private static final Map<String, String> LINKS = Map.of("api", "/storage/v1", "docs", "/storage/v1/docs",
            "openapi", "/storage/v1/openapi.yml", "health", "/health", "metrics", "/metrics", "console", "/console");
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

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
    void aBrowserOpeningTheRootIsSentToTheConsole() {
        HttpResponse<String> redirect = root.send(root.request("/").header("Accept", BROWSER_ACCEPT).GET());
        assertEquals(303, redirect.statusCode(), redirect.body());
        assertEquals("/console", redirect.headers().firstValue("Location").orElse(""));
    }

    @Test
    void theConsoleIsServedUnderAStrictContentSecurityPolicy() {
        for (String path : List.of("/console", "/console/", "/console/app.js", "/console/console.css")) {
            HttpResponse<String> page = root.send(root.request(path).header("Accept", BROWSER_ACCEPT).GET());
            assertEquals(200, page.statusCode(), path);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            for (String directive : List.of("default-src 'none'", "script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "connect-src 'self'", "base-uri 'none'")) {
                assertTrue(policy.contains(directive), path + ": " + policy);
            }
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        assertTrue(root.get("/console/app.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        String page = root.get("/console").body();
        assertFalse(page.contains("<script>") || page.contains("style="), "inline script or style in the page");
        for (String missing : List.of("/console/nope.js", "/console/..%2Fmodule-info.class", "/console/App.js")) {
            assertEquals(404, root.get(missing).statusCode(), missing);
        }
    }

    @Test
    void aBrowserGetsTheSameIndexAsAPage() {
        HttpResponse<String> page = root.send(root.request("/storage/v1")
                .header("Accept", BROWSER_ACCEPT).GET());
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
