package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Objects are served so that nothing runs from the API origin, with the name the client asked for. */
class SafeServingE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("serving-owner"));
    private static final String SANDBOX = "default-src 'none'; sandbox";

    @BeforeAll
    static void bucket() {
        assertEquals(200, OWNER.createBucket("serving", "public").statusCode());
    }

    private static String upload(String name, String type) {
        String path = "/object/serving/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<String> response = OWNER.upload(path, type, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return path;
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/html; charset=utf-8", "application/xhtml+xml", "image/svg+xml",
        "text/xml", "application/xml", "application/rss+xml", "text/javascript", "application/javascript",
        "application/ecmascript", "text/ecmascript"})
    void activeTypesAreAlwaysAttachmentsInASandbox(String type) {
        String path = upload("active-" + type.replaceAll("[^a-z]", "_") + ".bin", type);
        for (String url : new String[] {path, path.replace("/object/", "/object/public/")}) {
            HttpResponse<String> response = Api.anonymous().get(url);
            assertEquals(200, response.statusCode(), url);
            assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"), type);
            assertEquals(SANDBOX, response.headers().firstValue("Content-Security-Policy").orElseThrow());
            HttpResponse<String> head = Api.anonymous().head(url);
            assertEquals(SANDBOX, head.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertTrue(head.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        }
    }

    @Test
    void passiveTypesAreInlineWithNosniffAndNoSandbox() {
        String path = upload("plain.txt", "text/plain");
        HttpResponse<String> response = Api.anonymous().get(path);
        assertEquals("inline; filename=\"plain.txt\"; filename*=UTF-8''plain.txt",
                response.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Security-Policy").isEmpty());
    }

    @Test
    void downloadMakesAnAttachmentNamedAfterTheObjectOrTheGivenName() {
        String path = upload("dir/résumé 2024.txt", "text/plain");
        HttpResponse<String> inline = Api.anonymous().get(path);
        assertEquals("inline; filename=\"r_sum_ 2024.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%202024.txt",
                inline.headers().firstValue("Content-Disposition").orElseThrow());

        HttpResponse<String> download = Api.anonymous().get(path + "?download");
        assertEquals("attachment; filename=\"r_sum_ 2024.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%202024.txt",
                download.headers().firstValue("Content-Disposition").orElseThrow());

        HttpResponse<String> renamed = Api.anonymous().get(path + "?download="
                + URLEncoder.encode("Übersicht \"final\".txt", StandardCharsets.UTF_8));
        assertEquals("attachment; filename=\"_bersicht _final_.txt\"; filename*=UTF-8''%C3%9Cbersicht%20%22final%22.txt",
                renamed.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(200, renamed.statusCode());
    }

    @Test
    void cacheControlIsServedAsStored() {
        HttpResponse<String> upload = OWNER.send(OWNER.request("/object/serving/cached.txt")
                .header("Content-Type", "text/plain").header("Cache-Control", "public, max-age=86400")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("cached")));
        assertEquals(200, upload.statusCode(), upload.body());
        assertEquals("public, max-age=86400", Api.anonymous().get("/object/serving/cached.txt").headers()
                .firstValue("Cache-Control").orElseThrow());
    }
}
