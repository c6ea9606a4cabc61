package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Broken tokens are refused with 401, never downgraded to anonymous, even on a public bucket. */
class AuthE2eTest {

    @BeforeAll
    static void publicObject() {
        Api owner = Api.as(Tokens.user("auth-owner"));
        assertEquals(200, owner.createBucket("auth-public", "public").statusCode());
        assertEquals(200, owner.upload("/object/auth-public/open.txt", "text/plain", "open".getBytes()).statusCode());
    }

    @Test
    void anonymousMayReadAPublicObject() {
        assertEquals(200, Api.anonymous().get("/object/auth-public/open.txt").statusCode());
        assertEquals(200, Api.as(Tokens.anon()).get("/object/auth-public/open.txt").statusCode());
    }

    @Test
    void invalidTokensAre401() {
        for (String token : new String[] {Tokens.expired("u"), Tokens.wrongSecret("u"), Tokens.unsigned(),
                Tokens.withoutExpiry("u"), "garbage", "a.b.c", Tokens.user("u") + "x"}) {
            assertError(Api.as(token).get("/object/auth-public/open.txt"), 401, "InvalidJWT");
            assertError(Api.as(token).get("/bucket"), 401, "InvalidJWT");
        }
    }

    @Test
    void nonBearerAuthorizationIs401() {
        Api basic = Api.anonymous();
        assertError(basic.send(basic.request("/bucket").header("Authorization", "Basic dXNlcjpwYXNz").GET()), 401, "InvalidJWT");
    }

    @Test
    void anAuthenticatedTokenWithoutSubjectIs401() {
        String noSub = Tokens.signed(Tokens.SECRET, "authenticated", null, java.time.Duration.ofHours(1));
        assertError(Api.as(noSub).get("/bucket"), 401, "InvalidJWT");
    }

    @Test
    void anUnknownRoleIs401() {
        String admin = Tokens.signed(Tokens.SECRET, "admin", "u", java.time.Duration.ofHours(1));
        assertError(Api.as(admin).get("/bucket"), 401, "InvalidJWT");
    }

    @Test
    void micronautSecurityAddsNoRoutes() {
        Api root = new Api(URI.create(TestServer.api().toString().replace("/storage/v1", "")), null);
        for (String path : new String[] {"/login", "/logout", "/oauth/access_token"}) {
            HttpResponse<String> reply = root.postJson(path, "{\"username\":\"a\",\"password\":\"b\"}");
            assertError(reply, 404, "NotFound");
            assertTrue(reply.headers().firstValue("Set-Cookie").isEmpty(), path);
        }
        assertError(root.get("/keys"), 404, "NotFound");
        assertError(root.get("/token_info"), 404, "NotFound");
    }
}
