package io.stowage.adapter.http.console;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The console's files, read once from {@code stowage-console/} in the jar (a directory that is no
 * package, so no module has to open it). A name is one flat file name with a known extension: the
 * request can never climb out of the directory.
 */
@Singleton
final class ConsoleAssets {

    static final String PAGE = "index.html";
    private static final String ROOT = "stowage-console/";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "svg", "image/svg+xml");

    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    /** One file's bytes and type. */
    record Asset(byte[] bytes, String contentType) {
    }

    Optional<Asset> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Asset known = cache.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        return read(name).map(asset -> {
            cache.put(name, asset);
            return asset;
        });
    }

    private static Optional<Asset> read(String name) {
        try (InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                return Optional.empty();
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return Optional.of(new Asset(in.readAllBytes(), TYPES.get(extension)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
