package io.stowage.adapter.http.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the two generated files become one document, on small hand-made inputs. */
class OpenApiDocumentJoinTest {

    @Test
    void objectPathRoutesGetTheirTailBackAndTheirPathVariablesComeFirst() {
        Map<String, Object> api = document("/storage/v1/object/{bucket}", "delete", List.of());
        Map<String, Object> tails = document("/storage/v1/object/{bucket}", "delete", List.of(
                parameter("x-upsert", "header", Map.of("type", "object")),
                parameter("path", "path", Map.of("type", "object")),
                parameter("bucket", "path", Map.of("type", "string"))));

        Map<String, Object> paths = map(OpenApiDocument.join(api, tails).get("paths"));

        assertEquals(List.of("/storage/v1/object/{bucket}", "/storage/v1/object/{bucket}/{path}"), List.copyOf(paths.keySet()));
        List<?> parameters = (List<?>) map(map(paths.get("/storage/v1/object/{bucket}/{path}")).get("delete")).get("parameters");
        assertEquals(List.of("bucket", "path", "x-upsert"), parameters.stream().map(p -> map(p).get("name")).toList());
        assertEquals(Map.of("type", "string"), map(parameters.get(2)).get("schema"), "an untyped header is a string");
    }

    @Test
    void errorAnswersAreJsonAndAnswersComeInStatusOrder() {
        Map<String, Object> api = document("/storage/v1/object/{bucket}", "get", List.of());
        Map<String, Object> responses = map(map(map(map(api.get("paths")).get("/storage/v1/object/{bucket}")).get("get")).get("responses"));
        responses.put("404", new LinkedHashMap<>(Map.of("content", new LinkedHashMap<>(Map.of("*/*", Map.of("schema", "error"))))));
        responses.put("200", new LinkedHashMap<>(Map.of("content", new LinkedHashMap<>(Map.of("*/*", Map.of("schema", "bytes"))))));

        Map<String, Object> joined = OpenApiDocument.join(api, document("/other", "get", List.of()));

        Map<String, Object> tidy = map(map(map(map(joined.get("paths")).get("/storage/v1/object/{bucket}")).get("get")).get("responses"));
        assertEquals(List.of("200", "404"), List.copyOf(tidy.keySet()));
        assertEquals(Map.of("*/*", Map.of("schema", "bytes")), map(tidy.get("200")).get("content"), "a download stays any type");
        assertEquals(Map.of("application/json", Map.of("schema", "error")), map(tidy.get("404")).get("content"));
    }

    @Test
    void twoGroupsDescribingOneRouteAreRefused() {
        Map<String, Object> api = document("/storage/v1/object/{bucket}/{path}", "get", List.of());
        Map<String, Object> tails = document("/storage/v1/object/{bucket}", "get", List.of());
        assertThrows(IllegalStateException.class, () -> OpenApiDocument.join(api, tails));
    }

    private static Map<String, Object> document(String path, String method, List<Object> parameters) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("parameters", parameters);
        operation.put("responses", new LinkedHashMap<>());
        Map<String, Object> item = new LinkedHashMap<>(Map.of(method, operation));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.1");
        document.put("paths", new LinkedHashMap<>(Map.of(path, item)));
        return document;
    }

    private static Map<String, Object> parameter(String name, String in, Map<String, Object> schema) {
        return new LinkedHashMap<>(Map.of("name", name, "in", in, "schema", schema));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
