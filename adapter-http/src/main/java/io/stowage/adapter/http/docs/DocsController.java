package io.stowage.adapter.http.docs;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Serves the API's own documentation to anyone, without a token: the OpenAPI document and a
 * browsable page with its scripts and stylesheet. Not part of the document it serves.
 */
@Controller
@Hidden
final class DocsController {

    static final String DOCUMENT = "/storage/v1/openapi.yml";
    static final String DOCS = "/storage/v1/docs";
    private static final String YAML = "application/yaml";
    private static final String CACHE_ONE_HOUR = "public, max-age=3600";

    private final OpenApiDocument document;
    private final SwaggerUiAssets assets;

    DocsController(OpenApiDocument document, SwaggerUiAssets assets) {
        this.document = document;
        this.assets = assets;
    }

    @Get(value = DOCUMENT, produces = YAML)
    HttpResponse<byte[]> document() {
        return HttpResponse.ok(document.yaml()).contentType(YAML + ";charset=utf-8");
    }

    @Get(value = DOCS, produces = MediaType.TEXT_HTML)
    HttpResponse<String> page() {
        return HttpResponse.ok(DocsPage.HTML).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
    }

    /** Any other name answers like an unknown route. */
    @Get(value = DOCS + "/{name}", produces = MediaType.ALL)
    HttpResponse<StreamedFile> asset(String name) {
        StreamedFile file = assets.find(name).map(StreamedFile::new)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such documentation file"));
        return HttpResponse.ok(file).header(HttpHeaders.CACHE_CONTROL, CACHE_ONE_HOUR);
    }
}
