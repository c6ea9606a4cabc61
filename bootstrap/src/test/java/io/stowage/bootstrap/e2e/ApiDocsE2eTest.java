package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The running server documents its API to anyone: the OpenAPI document and a page served wholly by itself. */
class ApiDocsE2eTest {

    private static final String API = "/storage/v1";
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

    @Test
    void theOpenApiDocumentIsServedWithoutAToken() {
        HttpResponse<String> document = Api.anonymous().get("/openapi.yml");
        assertEquals(200, document.statusCode(), document.body());
        assertTrue(document.headers().firstValue("Content-Type").orElseThrow().startsWith("application/yaml"));
        String yaml = document.body();
        assertTrue(yaml.startsWith("openapi: 3."), yaml.substring(0, Math.min(80, yaml.length())));
        for (String path : List.of("/storage/v1/bucket", "/storage/v1/object/{bucket}/{path}", "/storage/v1/object/{bucket}",
                "/storage/v1/object/sign/{bucket}/{path}", "/storage/v1/object/upload/sign/{bucket}/{path}", "/health")) {
            assertTrue(yaml.contains("\n  " + path + ":\n"), "no " + path + " in the document");
        }
        assertTrue(yaml.contains("$ref: '#/components/schemas/ErrorBody'"), "errors name their body");
    }

    @Test
    void aBadTokenDoesNotLockTheDocumentationAway() {
        Api stale = Api.as("not-a-jwt");
        assertEquals(200, stale.get("/openapi.yml").statusCode());
        assertEquals(200, stale.get("/docs").statusCode());
        assertEquals(401, stale.get("/bucket").statusCode(), "the storage routes still refuse it");
    }

    @Test
    void theBrowsablePageLoadsEveryFileFromStowage() {
        HttpResponse<String> page = Api.anonymous().get("/docs");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), page.body());
        List<String> assets = new ArrayList<>();
        Matcher matcher = ASSET.matcher(page.body());
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertTrue(assets.size() >= 2, assets::toString);
        for (String asset : assets) {
            assertTrue(asset.startsWith(API + "/"), "not on this server's API: " + asset);
            HttpResponse<String> file = Api.anonymous().get(asset.substring(API.length()));
            assertEquals(200, file.statusCode(), asset);
            assertFalse(file.body().isEmpty(), asset);
        }
    }
}
