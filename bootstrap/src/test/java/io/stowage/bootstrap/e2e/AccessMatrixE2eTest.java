package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access matrix: anon, user A (owns the buckets and the objects), user B, service role x public,
 * authenticated, private buckets x read, write a new path, overwrite, delete, list. An unreadable object
 * answers like a missing one (404); a refused write is 403.
 */
class AccessMatrixE2eTest {

    private static final Map<String, Api> CALLERS = Map.of(
            "anon", Api.anonymous(),
            "A", Api.as(Tokens.user("matrix-a")),
            "B", Api.as(Tokens.user("matrix-b")),
            "service", Api.as(Tokens.serviceRole()));
    private static final Api A = CALLERS.get("A");

    @BeforeAll
    static void buckets() {
        for (String policy : List.of("public", "authenticated", "private")) {
            assertEquals(200, A.createBucket("matrix-" + policy, policy).statusCode());
        }
    }

    //            caller     policy           read  new   overwrite delete
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("anon", "public", 200, 403, 403, 403),
                Arguments.of("anon", "authenticated", 404, 403, 403, 404),
                Arguments.of("anon", "private", 404, 403, 403, 404),
                Arguments.of("A", "public", 200, 200, 200, 200),
                Arguments.of("A", "authenticated", 200, 200, 200, 200),
                Arguments.of("A", "private", 200, 200, 200, 200),
                Arguments.of("B", "public", 200, 200, 403, 403),
                Arguments.of("B", "authenticated", 200, 200, 403, 403),
                Arguments.of("B", "private", 404, 200, 403, 404),
                Arguments.of("service", "public", 200, 200, 200, 200),
                Arguments.of("service", "authenticated", 200, 200, 200, 200),
                Arguments.of("service", "private", 200, 200, 200, 200));
    }

    @ParameterizedTest(name = "{0} on a {1} bucket: read {2}, new {3}, overwrite {4}, delete {5}")
    @MethodSource("matrix")
    void accessFollowsThePolicyAndTheOwner(String who, String policy, int read, int create, int overwrite, int delete) {
        Api caller = CALLERS.get(who);
        String bucket = "matrix-" + policy;
        String owned = "/object/" + bucket + "/" + UUID.randomUUID() + ".txt";
        assertEquals(200, A.upload(owned, "text/plain", "by A".getBytes()).statusCode());

        assertEquals(read, caller.get(owned).statusCode(), "read");
        assertEquals(read, caller.head(owned).statusCode(), "head");
        assertEquals(create, caller.upload("/object/" + bucket + "/" + UUID.randomUUID() + ".txt", "text/plain",
                "new".getBytes()).statusCode(), "write a new path");
        assertEquals(overwrite, caller.upload("PUT", owned, "text/plain", BodyPublishers.ofString("over"), true)
                .statusCode(), "overwrite");
        assertEquals(delete, caller.delete(owned).statusCode(), "delete");
    }

    @ParameterizedTest(name = "{0} lists a {1} bucket")
    @MethodSource("matrix")
    void listingsShowOnlyReadableObjects(String who, String policy, int read, int create, int overwrite, int delete) {
        Api caller = CALLERS.get(who);
        String bucket = "matrix-" + policy;
        String folder = "list-" + UUID.randomUUID();
        assertEquals(200, A.upload("/object/" + bucket + "/" + folder + "/by-a.txt", "text/plain", new byte[1]).statusCode());
        if (create == 200 && !who.equals("A")) {
            assertEquals(200, caller.upload("/object/" + bucket + "/" + folder + "/by-" + who + ".txt", "text/plain",
                    new byte[1]).statusCode());
        }
        var response = caller.postJson("/object/list/" + bucket, "{\"prefix\":\"" + folder + "\"}");
        assertEquals(200, response.statusCode(), response.body());
        List<String> names = new ArrayList<>();
        for (JsonNode entry : Json.body(response)) {
            names.add(entry.get("name").asText());
        }
        List<String> expected = new ArrayList<>();
        if (read == 200) {
            expected.add("by-a.txt");
        }
        if (create == 200 && !who.equals("A")) {
            expected.add("by-" + who + ".txt");
        }
        expected.sort(null);
        assertEquals(expected, names);
    }
}
