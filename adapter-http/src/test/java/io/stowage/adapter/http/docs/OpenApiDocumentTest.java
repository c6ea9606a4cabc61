package io.stowage.adapter.http.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.stowage.adapter.http.support.ApiServer;
import io.stowage.adapter.http.support.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The served OpenAPI document describes every route the router knows, with its answers and errors. */
class OpenApiDocumentTest {

    private static final String API = "/storage/v1";
    private static final String ERROR_SCHEMA = "#/components/schemas/ErrorBody";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    static ApiServer api;
    static Map<String, Object> document;

    @BeforeAll
    static void fetchDocument() {
        api = ApiServer.start();
        Reply reply = api.call("GET", "/openapi.yml").send();
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/yaml"), reply.headers()::toString);
        document = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reply.text()));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void isAnOpenApi3DocumentOfStowage() {
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3."), String.valueOf(document.get("openapi")));
        assertEquals("Stowage", map(document.get("info")).get("title"));
        Map<String, Object> bearer = map(map(map(document.get("components")).get("securitySchemes")).get("bearer"));
        assertEquals("http", bearer.get("type"));
        assertEquals("bearer", bearer.get("scheme"));
        assertEquals("JWT", bearer.get("bearerFormat"));
    }

    @Test
    void everyRouteOfTheRouterIsDocumentedWithItsMethodAndNothingElseIs() {
        Set<String> routes = new TreeSet<>();
        Set<String> getTargets = new HashSet<>();
        List<UriRouteInfo<?, ?>> all = api.bean(Router.class).uriRoutes().toList();
        all.stream().filter(route -> route.getHttpMethodName().equals("GET"))
                .forEach(route -> getTargets.add(route.getTargetMethod().toString()));
        for (UriRouteInfo<?, ?> route : all) {
            String path = route.getUriMatchTemplate().toPathString().replace("{+path}", "{path}");
            boolean headOfGet = route.getHttpMethodName().equals("HEAD") && getTargets.contains(route.getTargetMethod().toString());
            // Micronaut answers HEAD for each GET route with the GET's headers: OpenAPI documents the GET
            if (path.startsWith(API) && !isDocsRoute(path) && !headOfGet) {
                routes.add(route.getHttpMethodName().toLowerCase(Locale.ROOT) + " " + path);
            }
        }
        Set<String> documented = new TreeSet<>();
        operations().forEach((key, operation) -> {
            if (key.substring(key.indexOf(' ') + 1).startsWith(API)) {
                documented.add(key);
            }
        });
        assertTrue(routes.size() >= 28, "the router's storage routes: " + routes);
        assertEquals(routes, documented);
        assertTrue(documented.contains("delete /storage/v1/object/{bucket}/{path}"), "one object, apart from many");
        assertTrue(documented.contains("delete /storage/v1/object/{bucket}"));
        assertTrue(documented.contains("post /storage/v1/object/sign/{bucket}/{path}"));
        assertTrue(documented.contains("post /storage/v1/object/sign/{bucket}"));
    }

    @Test
    void everyStorageOperationListsItsSuccessAndItsErrorsWithTheErrorBody() {
        operations().forEach((key, operation) -> {
            if (!key.contains(" " + API)) {
                return;
            }
            Map<String, Object> responses = map(operation.get("responses"));
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), key + " has no success answer");
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("4")), key + " has no 4xx answer");
            assertTrue(responses.containsKey("404") || responses.containsKey("403"), key + " names neither 403 nor 404");
            assertTrue(responses.containsKey("500") && responses.containsKey("503"), key + " lacks 500 or 503");
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    Map<String, Object> json = map(map(map(response).get("content")).get("application/json"));
                    assertEquals(ERROR_SCHEMA, map(json.get("schema")).get("$ref"), key + " " + code);
                    assertFalse(String.valueOf(map(response).get("description")).isBlank(), key + " " + code);
                }
            });
        });
        Map<String, Object> errorBody = map(map(map(document.get("components")).get("schemas")).get("ErrorBody"));
        assertEquals(Set.of("statusCode", "code", "error", "message"), map(errorBody.get("properties")).keySet());
    }

    @Test
    void routesThatReadTheTokenSayBearerAndTheOthersTakeNone() {
        operations().forEach((key, operation) -> {
            if (!key.contains(" " + API)) {
                return;
            }
            boolean tokenFree = key.contains("/object/public/") || key.contains("/object/info/public/")
                    || key.matches("(get|head) /storage/v1/object/sign/.*\\{path}")
                    || key.contains("/render/image/public/") || key.contains("/render/image/sign/") || key.startsWith("put /storage/v1/object/upload/sign/");
            Map<String, Object> responses = map(operation.get("responses"));
            if (tokenFree) {
                assertEquals(null, operation.get("security"), key);
                assertFalse(responses.containsKey("401"), key);
            } else {
                assertEquals(List.of(Map.of("bearer", List.of())), operation.get("security"), key);
                assertTrue(responses.containsKey("401") && responses.containsKey("403"), key);
            }
            if ((key.contains("/object/sign/") || key.contains("/render/image/sign/")) && tokenFree || key.startsWith("put /storage/v1/object/upload/sign/")) {
                assertTrue(parameterNames(operation, "query").contains("token"), key + " takes ?token=");
            }
        });
    }

    @Test
    void everyPathVariableIsAParameterAndOperationIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        operations().forEach((key, operation) -> {
            Matcher variables = VARIABLE.matcher(key);
            while (variables.find()) {
                assertTrue(parameterNames(operation, "path").contains(variables.group(1)), key + " lacks " + variables.group(1));
            }
            assertTrue(ids.add(String.valueOf(operation.get("operationId"))), "duplicate operationId at " + key);
            for (Object parameter : (List<?>) operation.getOrDefault("parameters", List.of())) {
                assertNotNull(map(map(parameter).get("schema")).get("type"), key + " " + parameter);
                assertFalse(map(parameter).get("name").equals("caller"), key + ": the caller is no parameter");
            }
        });
    }

    @Test
    void uploadsDescribeBothBodiesAndTheirHeaders() {
        Map<String, Object> upload = operations().get("post /storage/v1/object/{bucket}/{path}");
        Map<String, Object> content = map(map(upload.get("requestBody")).get("content"));
        assertEquals(Map.of("type", "string", "format", "binary"), map(content.get("*/*")).get("schema"));
        assertEquals("#/components/schemas/UploadForm", map(map(content.get("multipart/form-data")).get("schema")).get("$ref"));
        assertTrue(parameterNames(upload, "header").containsAll(List.of("x-upsert", "x-metadata", "cache-control",
                "content-md5", "x-checksum-sha256", "if-match", "if-none-match")), upload.get("parameters")::toString);
        Map<String, Object> form = map(map(map(map(document.get("components")).get("schemas")).get("UploadForm")).get("properties"));
        assertEquals(Set.of("cacheControl", "contentType", "metadata", "file"), form.keySet());

        Map<String, Object> download = operations().get("get /storage/v1/object/{bucket}/{path}");
        assertTrue(parameterNames(download, "header").containsAll(List.of("range", "if-none-match", "if-modified-since", "if-match")));
        assertTrue(map(download.get("responses")).keySet().containsAll(List.of("200", "206", "304", "412", "416")));
    }

    private static boolean isDocsRoute(String path) {
        // the API's front door (an index of links) is not an operation of the contract; the S3 protocol is
        // documented as S3 (README), not as REST operations
        return path.equals(API) || path.equals(API + "/openapi.yml") || path.startsWith(API + "/docs")
                || path.equals(API + "/s3") || path.startsWith(API + "/s3/")
                // so is the tus protocol of resumable uploads (README, "Resumable uploads")
                || path.equals(API + "/upload/resumable") || path.startsWith(API + "/upload/resumable/");
    }

    /** "method path" to operation, for every operation of the document. */
    private static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (List.of("get", "head", "post", "put", "delete", "patch", "options").contains(method)) {
                operations.put(method + " " + path, map(operation));
            }
        }));
        return operations;
    }

    private static List<String> parameterNames(Map<String, Object> operation, String in) {
        List<String> names = new ArrayList<>();
        for (Object parameter : (List<?>) operation.getOrDefault("parameters", List.of())) {
            if (in.equals(map(parameter).get("in"))) {
                names.add(String.valueOf(map(parameter).get("name")));
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertTrue(node instanceof Map<?, ?>, "not a mapping: " + node);
        return (Map<String, Object>) node;
    }
}
