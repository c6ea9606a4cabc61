package io.stowage.adapter.http.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The web console: one page and its scripts and stylesheet, read from the jar, every answer under a
 * strict Content-Security-Policy ({@link ConsoleHeaders}). The console talks to the API like any client.
 */
@Controller("/console")
@Hidden
final class ConsoleController {

    private final ConsoleAssets assets;

    ConsoleController(ConsoleAssets assets) {
        this.assets = assets;
    }

    @Get(value = "/", produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> page() {
        return asset(ConsoleAssets.PAGE);
    }

    /** Any other name answers like an unknown route. */
    @Get(value = "/{name}", produces = MediaType.ALL)
    HttpResponse<byte[]> asset(String name) {
        ConsoleAssets.Asset asset = assets.find(name)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such console file"));
        return ConsoleHeaders.apply(HttpResponse.ok(asset.bytes()).contentType(asset.contentType()));
    }
}
