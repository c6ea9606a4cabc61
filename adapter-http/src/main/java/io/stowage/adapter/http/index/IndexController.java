package io.stowage.adapter.http.index;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The front door, open to anyone: {@code /} and {@code /storage/v1} name the service and link to the
 * documentation, the OpenAPI document, the health probe and the metrics, as JSON, or as a small HTML
 * page when the client prefers {@code text/html} (a browser). A browser opening {@code /} is sent on to
 * the console.
 */
@Controller
@Hidden
final class IndexController {

    static final String SERVICE = "Stowage";
    static final String CONSOLE = "/console";
    private static final Map<String, String> LINKS = links();

    private final IndexJson json = new IndexJson(SERVICE, version(), LINKS);
    private final String html = IndexPage.html(json);

    @Get(uri = "/", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    HttpResponse<?> root(HttpRequest<?> request) {
        if (prefersHtml(request)) {
            return HttpResponse.seeOther(URI.create(CONSOLE));
        }
        return index(request);
    }

    @Get(uri = "/storage/v1", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    HttpResponse<?> index(HttpRequest<?> request) {
        if (prefersHtml(request)) {
            return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
        }
        return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** HTML only when asked for by name: {@code curl} (Accept: *&#47;*) and programs get JSON. */
    private static boolean prefersHtml(HttpRequest<?> request) {
        return request.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE)
                && !"*".equals(type.getType()));
    }

    private static Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("api", "/storage/v1");
        links.put("docs", "/storage/v1/docs");
        links.put("openapi", "/storage/v1/openapi.yml");
        links.put("health", "/health");
        links.put("metrics", "/metrics");
        links.put("console", CONSOLE);
        return links;
    }

    /** The module's version as the build recorded it; "development" when run from classes. */
    private static String version() {
        return Optional.ofNullable(IndexController.class.getModule().getDescriptor())
                .flatMap(ModuleDescriptor::rawVersion)
                .or(() -> Optional.ofNullable(IndexController.class.getPackage().getImplementationVersion()))
                .orElse("development");
    }
}
