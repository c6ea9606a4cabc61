package io.stowage.adapter.http.docs;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The OpenAPI document served at /storage/v1/openapi.yml: the two files micronaut-openapi generated
 * from the controllers at compile time, joined into one. The generator drops a {@code {+path}} tail
 * from a URL, so the routes that end in an object path are generated apart ({@link ObjectPathRoute})
 * and get their {@code /{path}} back here. Two more of its habits are undone: it gives parameters
 * declared on a method no schema (all of them are strings in this API), and it labels every answer of
 * a route that produces any type as {@code *}{@code /*} (or the event stream as text/event-stream), errors
 * too, which are always JSON.
 */
@Singleton
public final class OpenApiDocument {

    /** The group of every route whose URL the generator writes right. */
    public static final String API_GROUP = "api";
    /** The group of the routes whose URL ends in {@code {+path}}. */
    public static final String OBJECT_PATHS_GROUP = "object-paths";

    static final String API_FILE = "META-INF/swagger/stowage-api.yml";
    static final String OBJECT_PATHS_FILE = "META-INF/swagger/stowage-object-paths.yml";
    private static final String TAIL = "/{path}";
    private static final List<String> METHODS = List.of("get", "head", "post", "put", "delete", "options", "patch", "trace");

    private volatile byte[] yaml;

    /** The joined document as UTF-8 YAML, built on first use. */
    public byte[] yaml() {
        byte[] built = yaml;
        if (built == null) {
            built = dump(join(load(API_FILE), load(OBJECT_PATHS_FILE))).getBytes(StandardCharsets.UTF_8);
            yaml = built;
        }
        return built;
    }

    /** The API document with the object-path routes added under their full URLs. */
    static Map<String, Object> join(Map<String, Object> api, Map<String, Object> objectPaths) {
        Map<String, Object> paths = new TreeMap<>(child(api, "paths"));
        child(objectPaths, "paths").forEach((path, item) -> {
            if (paths.putIfAbsent(path + TAIL, item) != null) {
                throw new IllegalStateException("two generated route groups both describe " + path + TAIL);
            }
        });
        paths.forEach((path, item) -> tidyOperations(path, asMap(item)));
        api.put("paths", paths);
        Map<String, Object> schemas = child(child(api, "components"), "schemas");
        child(child(objectPaths, "components"), "schemas").forEach(schemas::putIfAbsent);
        child(api, "components").put("schemas", new TreeMap<>(schemas));
        return api;
    }

    private static void tidyOperations(String path, Map<String, Object> pathItem) {
        for (String method : METHODS) {
            Object operation = pathItem.get(method);
            if (operation != null) {
                Map<String, Object> fields = asMap(operation);
                Object parameters = fields.get("parameters");
                if (parameters instanceof List<?> list) {
                    list.forEach(parameter -> typeUntypedAsString(asMap(parameter)));
                    fields.put("parameters", inUrlOrder(path, list));
                }
                // in status order, as a reader looks for them
                Map<String, Object> responses = new TreeMap<>(Comparator.naturalOrder());
                responses.putAll(child(fields, "responses"));
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        errorsAsJson(asMap(response));
                    }
                });
                fields.put("responses", responses);
            }
        }
    }

    /** The path variables first, as they appear in the URL; the others after them, as they were. */
    private static List<Object> inUrlOrder(String path, List<?> parameters) {
        List<Object> ordered = new ArrayList<>(parameters);
        ordered.sort(Comparator.comparingInt(parameter -> {
            Map<String, Object> fields = asMap(parameter);
            int position = path.indexOf("{" + fields.get("name") + "}");
            return "path".equals(fields.get("in")) && position >= 0 ? position : Integer.MAX_VALUE;
        }));
        return ordered;
    }

    private static void errorsAsJson(Map<String, Object> response) {
        Object content = response.get("content");
        if (content != null) {
            Map<String, Object> types = asMap(content);
            // the route's own type (*/* for downloads, text/event-stream for events) is never an error's
            Object described = types.containsKey("application/json") ? types.get("application/json")
                    : types.values().stream().findFirst().orElse(null);
            if (described != null) {
                types.clear();
                types.put("application/json", described);
            }
        }
    }

    private static void typeUntypedAsString(Map<String, Object> parameter) {
        Object schema = parameter.get("schema");
        if (schema == null || Map.of("type", "object").equals(schema)) {
            parameter.put("schema", new LinkedHashMap<>(Map.of("type", "string")));
        }
    }

    private static Map<String, Object> load(String resource) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: micronaut-openapi did not run at compile time");
            }
            return asMap(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dump(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        return new Yaml(new Representer(options), options).dump(document);
    }

    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        return asMap(parent.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        if (!(node instanceof Map<?, ?>)) {
            throw new IllegalStateException("not a YAML mapping: " + node);
        }
        return (Map<String, Object>) node;
    }
}
