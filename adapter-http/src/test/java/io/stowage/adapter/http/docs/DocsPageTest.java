package io.stowage.adapter.http.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /storage/v1/docs is a Swagger UI page served wholly by Stowage, to anyone, token or not. */
class DocsPageTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

    static ApiServer api;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void thePageLoadsNothingFromAnotherHost() {
        Reply page = api.call("GET", "/docs").send();
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.header("Content-Type").orElseThrow().startsWith("text/html"));
        String html = page.text();
        assertFalse(html.contains("http://") || html.contains("https://"), "an absolute URL in the page: " + html);
        assertTrue(html.contains("validatorUrl: null"), "Swagger UI's default validator is an online service");
        assertTrue(html.contains("url: '/storage/v1/openapi.yml'"), html);
        assertTrue(html.contains("id=\"swagger-ui\""), html);
    }

    @Test
    void everyScriptAndStylesheetOfThePageIsServedByStowage() {
        List<String> assets = assetsOf(api.call("GET", "/docs").send().text());
        assertTrue(assets.containsAll(List.of("/storage/v1/docs/swagger-ui.css", "/storage/v1/docs/swagger-ui-bundle.js")), assets::toString);
        for (String asset : assets) {
            assertTrue(asset.startsWith("/") && !asset.startsWith("//"), "not a path on this server: " + asset);
            Reply reply = api.call("GET", "/" + asset).send();
            assertEquals(200, reply.status(), asset + ": " + reply.status());
            assertTrue(reply.body().length > 500, asset + " is " + reply.body().length + " bytes");
            String type = reply.header("Content-Type").orElseThrow();
            if (asset.endsWith(".js")) {
                assertTrue(type.contains("javascript"), asset + ": " + type);
                assertTrue(reply.text().contains("SwaggerUIBundle"), asset);
            } else if (asset.endsWith(".css")) {
                assertTrue(type.startsWith("text/css"), asset + ": " + type);
            }
        }
    }

    @Test
    void thePageAndTheDocumentAreServedWithoutAndDespiteABadToken() {
        assertEquals(200, api.call("GET", "/openapi.yml").send().status());
        assertEquals(200, api.call("GET", "/openapi.yml").bearer("not-a-jwt").send().status());
        assertEquals(200, api.call("GET", "/docs").bearer("not-a-jwt").send().status());
        assertEquals(200, api.call("GET", "/docs/swagger-ui.css").bearer("not-a-jwt").send().status());
        Reply anotherRoute = api.call("GET", "/bucket").bearer("not-a-jwt").send();
        assertEquals(401, anotherRoute.status(), "only the docs routes skip the token check");
    }

    @Test
    void onlyTheListedFilesAreServed() {
        for (String name : List.of("index.html", "swagger-initializer.js", "..%2F..%2Fpom.properties", "%2E%2E%2Fswagger-ui.css")) {
            Reply reply = api.call("GET", "/docs/" + name).send();
            assertEquals(404, reply.status(), name + ": " + reply);
            assertEquals("NotFound", reply.code(), name);
        }
        assertEquals(404, api.call("GET", "/docs/dir/swagger-ui.css").send().status());
    }

    private static List<String> assetsOf(String html) {
        List<String> assets = new ArrayList<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        return assets;
    }
}
