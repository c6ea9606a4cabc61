package io.stowage.adapter.http.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An HTTP answer as a test sees it: status, headers, raw body, and the body as JSON on demand. */
public record Reply(int status, HttpHeaders headers, byte[] body, JsonMapper mapper) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        try {
            return mapper.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text(), e);
        }
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The body field {@code code} of an error answer. */
    public String code() {
        return json().get("code").getStringValue();
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}
