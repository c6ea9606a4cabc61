package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sign routes win over buckets called "sign" and "upload", and redeeming needs no (and ignores any) bearer. */
class SignRoutesTest {

    static ApiServer api;
    static String owner;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        owner = api.userToken("rita");
        for (String bucket : new String[] {"sign", "upload"}) {
            assertEquals(200, api.call("POST", "/bucket").bearer(owner).json("{\"id\":\"" + bucket + "\"}").send().status());
        }
        // PUT has no fixed "sign" route: this is an upload into bucket "sign"
        assertEquals(200, api.call("PUT", "/object/sign/a.txt").bearer(owner)
                .body("sign".getBytes(StandardCharsets.UTF_8), "text/plain").send().status());
        // both POST and PUT /object/upload/... are fixed routes: bucket "upload" is reachable by a signed upload
        assertEquals(200, signedUpload("upload", "a.txt", "upload").status());
    }

    private static Reply signedUpload(String bucket, String path, String text) {
        Reply signed = api.call("POST", "/object/upload/sign/" + bucket + "/" + path).bearer(owner).json("{}").send();
        assertEquals(200, signed.status(), signed::toString);
        String url = signed.json().get("url").getStringValue();
        assertTrue(url.startsWith("/object/upload/sign/" + bucket + "/" + path + "?token="), url);
        assertEquals(url, "/object/upload/sign/" + bucket + "/" + path + "?token=" + signed.json().get("token").getStringValue());
        return api.call("PUT", url).body(text.getBytes(StandardCharsets.UTF_8), "text/plain").send();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String signedUrl(String bucket, String path) {
        Reply signed = api.call("POST", "/object/sign/" + bucket + "/" + path).bearer(owner).json("{\"expiresIn\":60}").send();
        assertEquals(200, signed.status(), signed::toString);
        return signed.json().get("signedURL").getStringValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json", "text/plain"})
    void aSignedUrlOfABucketCalledSignServesItsObject(String accept) {
        String url = signedUrl("sign", "a.txt");
        assertTrue(url.startsWith("/object/sign/sign/a.txt?token="), url);

        Reply read = api.call("GET", url).header("Accept", accept).send();

        assertEquals(200, read.status(), read::toString);
        assertEquals("sign", read.text());
        assertEquals("nosniff", read.header("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void getOnTheSignRouteIsNeverADownloadFromBucketSign() {
        Reply read = api.call("GET", "/object/sign/a.txt").bearer(owner).send();

        assertTrue(read.status() == 404 || read.status() == 403, read::toString);
        assertTrue(!"sign".equals(read.text()));
    }

    @Test
    void redeemingIgnoresAnyAuthorizationHeader() {
        String url = signedUrl("upload", "a.txt");

        assertEquals("upload", api.call("GET", url).bearer("not-even-a-jwt").send().text());
        assertEquals(200, api.call("HEAD", url).bearer("not-even-a-jwt").send().status());
    }

    @Test
    void aSignedUploadGoesToTheNamedBucketNotToBucketUpload() {
        Reply put = signedUpload("sign", "new.txt", "fresh");

        assertEquals(200, put.status(), put::toString);
        assertEquals("sign/new.txt", put.json().get("Key").getStringValue());
        assertEquals("rita", put.json().get("owner_id").getStringValue(), "the signer owns the upload");
        assertEquals("fresh", api.call("GET", "/object/authenticated/sign/new.txt").bearer(owner).send().text());
    }
}
