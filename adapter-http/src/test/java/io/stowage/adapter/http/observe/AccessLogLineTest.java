package io.stowage.adapter.http.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessLogLineTest {

    private static final JsonMapper MAPPER = JsonMapper.createDefault();
    private static final List<String> FIELDS = List.of("ts", "level", "request_id", "method", "operation",
            "bucket", "path", "user_id", "role", "status", "size", "duration_ms");

    @Test
    void theLineIsOneJsonObjectWithExactlyTheFields() throws IOException {
        String line = AccessLog.line(request("photos", "cats/tom.png", "user-1", 200, 1234L), "INFO");
        JsonNode json = MAPPER.readValue(line, JsonNode.class);
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : json.entries()) {
            names.add(field.getKey());
        }
        assertEquals(FIELDS, names);
        assertEquals("2026-11-22T19:30:00.042Z", json.get("ts").getStringValue());
        assertEquals("INFO", json.get("level").getStringValue());
        assertEquals("req-1", json.get("request_id").getStringValue());
        assertEquals("PUT", json.get("method").getStringValue());
        assertEquals("object.update", json.get("operation").getStringValue());
        assertEquals("photos", json.get("bucket").getStringValue());
        assertEquals("cats/tom.png", json.get("path").getStringValue());
        assertEquals("user-1", json.get("user_id").getStringValue());
        assertEquals("authenticated", json.get("role").getStringValue());
        assertEquals(200, json.get("status").getIntValue());
        assertEquals(1234L, json.get("size").getLongValue());
        assertEquals(17L, json.get("duration_ms").getLongValue());
    }

    @Test
    void unknownValuesAreNull() throws IOException {
        JsonNode json = MAPPER.readValue(AccessLog.line(request(null, null, null, 401, null), "INFO"), JsonNode.class);
        assertTrue(json.get("bucket").isNull());
        assertTrue(json.get("path").isNull());
        assertTrue(json.get("user_id").isNull());
        assertTrue(json.get("size").isNull());
    }

    @Test
    void quotesBackslashesLineBreaksAndNonAsciiInAPathAreEscapedOnOneAsciiLine() throws IOException {
        String path = "a\"b\\c\nd\re\tf\u0001g/caf\u00e9 \u2028\ud83d\ude00\",\"role\":\"service_role";
        String line = AccessLog.line(request("b", path, null, 400, null), "INFO");
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), line);
        JsonNode json = MAPPER.readValue(line, JsonNode.class);
        assertEquals(path, json.get("path").getStringValue());
        assertTrue(json.get("role").isNull(), "a path must not forge a field");
    }

    private static CompletedRequest request(String bucket, String path, String user, int status, Long size) {
        return new CompletedRequest(Instant.parse("2026-11-22T19:30:00.042Z"), "req-1", "PUT",
                new Operation("object.update", Operation.Transfer.UPLOAD), bucket, path, user,
                user == null ? null : "authenticated", status, size, 17L);
    }
}
