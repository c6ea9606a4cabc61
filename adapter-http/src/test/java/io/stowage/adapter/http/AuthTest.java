package io.stowage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.security.filters.SecurityFilter;
import io.stowage.adapter.http.auth.JwtIssuer;
import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bearer tokens become principals; every bad token is a 401, never a quiet fall back to anonymous. */
class AuthTest {

    static ApiServer api;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
        Reply created = api.call("POST", "/bucket").bearer(api.userToken("carol"))
                .json("{\"id\":\"open-house\",\"public\":true}").send();
        assertEquals(200, created.status(), created::toString);
        Reply upload = api.call("POST", "/object/open-house/hello.txt").bearer(api.userToken("carol")).text("hi").send();
        assertEquals(200, upload.status(), upload::toString);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static void assertRefused(String authorization) {
        Reply reply = api.call("GET", "/bucket").header("Authorization", authorization).send();
        assertEquals(401, reply.status(), () -> authorization + " -> " + reply);
        assertEquals("InvalidJWT", reply.code());
        assertEquals("401", reply.json().get("statusCode").getStringValue());
        assertEquals("unauthorized", reply.json().get("error").getStringValue());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String hs256(String header, String claims, String secret) throws Exception {
        String signingInput = b64(header) + "." + b64(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static long inAnHour() {
        return Instant.now().plusSeconds(3600).getEpochSecond();
    }

    @Test
    void noHeaderIsAnonymousAndTheApikeyHeaderIsIgnored() {
        Reply listed = api.call("GET", "/bucket").header("apikey", "not-even-a-jwt").send();
        assertEquals(200, listed.status(), listed::toString);
        Reply create = api.call("POST", "/bucket").header("apikey", "x").json("{\"id\":\"by-anon\"}").send();
        assertEquals(403, create.status(), "anonymous callers may not create buckets");
    }

    @Test
    void aValidTokenActsAsItsSubject() {
        String dave = api.userToken("dave");
        assertEquals(200, api.call("POST", "/bucket").bearer(dave).json("{\"id\":\"daves\"}").send().status());
        Reply got = api.call("GET", "/bucket/daves").bearer(dave).send();
        assertEquals("dave", got.json().get("owner").getStringValue());
        Reply stranger = api.call("GET", "/bucket/daves").bearer(api.userToken("eve")).send();
        assertEquals(404, stranger.status(), "a private bucket is invisible to others");
        Reply service = api.call("GET", "/bucket/daves").bearer(api.serviceToken()).send();
        assertEquals(200, service.status(), "the service role sees everything");
        Reply anonKey = api.call("GET", "/bucket/daves").bearer(api.anonToken()).send();
        assertEquals(404, anonKey.status());
    }

    @Test
    void malformedAndNonBearerHeadersAreRefused() {
        assertRefused("Bearer not.a.jwt");
        assertRefused("Bearer ");
        assertRefused("Basic YWxhZGRpbjpvcGVuc2VzYW1l");
        assertRefused(api.userToken("frank"));
    }

    @Test
    void expiredTokensAreRefused() {
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = new JwtIssuer(ApiServer.SECRET, twoHoursAgo)
                .issue(Role.AUTHENTICATED, Optional.of(new UserId("grace")), Duration.ofHours(1));
        assertRefused("Bearer " + expired);
    }

    @Test
    void tokensWithoutExpiryOrWithAnUnknownRoleAreRefused() throws Exception {
        assertRefused("Bearer " + hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                "{\"role\":\"authenticated\",\"sub\":\"heidi\"}", ApiServer.SECRET));
        assertRefused("Bearer " + hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                "{\"role\":\"admin\",\"sub\":\"heidi\",\"exp\":" + inAnHour() + "}", ApiServer.SECRET));
        assertRefused("Bearer " + hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                "{\"sub\":\"heidi\",\"exp\":" + inAnHour() + "}", ApiServer.SECRET));
        assertRefused("Bearer " + hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                "{\"role\":\"authenticated\",\"exp\":" + inAnHour() + "}", ApiServer.SECRET));
    }

    @Test
    void unsignedAndForeignlySignedTokensAreRefused() throws Exception {
        String claims = "{\"role\":\"service_role\",\"exp\":" + inAnHour() + "}";
        assertRefused("Bearer " + b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claims) + ".");
        assertRefused("Bearer " + hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claims,
                "another-secret-that-is-also-32-bytes-long"));
        // a correct HMAC under a header claiming another algorithm: the pin refuses it before any check
        assertRefused("Bearer " + hs256("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", claims, ApiServer.SECRET));
        String valid = api.serviceToken();
        String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
        assertRefused("Bearer " + tampered);
    }

    @Test
    void aBadTokenIsRefusedEvenWhereAnonymousWouldBeAllowed() {
        Reply reply = api.call("GET", "/object/open-house/hello.txt").header("Authorization", "Bearer junk").send();
        assertEquals(401, reply.status());
        Reply upload = api.call("POST", "/object/open-house/sneaky.txt").header("Authorization", "Bearer junk")
                .text("x").send();
        assertEquals(401, upload.status());
        assertEquals("close", upload.header("Connection").orElse(""), "an unread upload body is not drained");
    }

    @Test
    void publicUrlsIgnoreTheAuthorizationHeader() {
        Reply reply = api.call("GET", "/object/public/open-house/hello.txt").header("Authorization", "Bearer junk").send();
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("hi", reply.text());
    }

    @Test
    void micronautSecurityAddsNoRoutesNorHeaders() {
        for (String[] route : new String[][] {{"POST", "//login"}, {"GET", "//logout"}, {"POST", "//logout"},
                {"POST", "//oauth/access_token"}, {"GET", "//keys"}, {"GET", "//token_info"}}) {
            Reply reply = api.call(route[0], route[1]).json("{\"username\":\"a\",\"password\":\"b\"}").send();
            assertEquals(404, reply.status(), () -> route[0] + " " + route[1] + " -> " + reply);
            assertEquals("404", reply.json().get("statusCode").getStringValue(), "our JSON error body");
        }
        Reply refused = api.call("GET", "/bucket").header("Authorization", "Bearer junk").send();
        Reply anonymous = api.call("GET", "/bucket").send();
        for (Reply reply : new Reply[] {refused, anonymous}) {
            assertTrue(reply.header("WWW-Authenticate").isEmpty(), reply::toString);
            assertTrue(reply.header("Set-Cookie").isEmpty(), reply::toString);
            assertTrue(reply.header("Location").isEmpty(), reply::toString);
        }
        assertEquals(200, anonymous.status(), "no rule of micronaut-security's refuses an anonymous caller");
        assertTrue(api.findBean(SecurityFilter.class).isEmpty());
    }

    @Test
    void theIssuerRefusesSecretsTooShortForHs256() {
        try {
            new JwtIssuer("short");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("32"));
            return;
        }
        throw new AssertionError("a short secret was accepted");
    }
}
