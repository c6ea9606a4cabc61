package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Asserts the contract's error body: real status, statusCode, code, error, message; no stack trace. */
final class ErrorAssert {

    private ErrorAssert() {
    }

    static JsonNode assertError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "error content type: " + response.headers().firstValue("Content-Type"));
        JsonNode body = Json.body(response);
        assertEquals(String.valueOf(status), body.path("statusCode").asText(), response.body());
        assertEquals(code, body.path("code").asText(), response.body());
        assertFalse(body.path("error").asText().isEmpty(), response.body());
        assertFalse(body.path("message").asText().isEmpty(), response.body());
        assertFalse(response.body().contains("\tat ") || response.body().contains("Exception"),
                "no stack trace or exception names in: " + response.body());
        return body;
    }
}
