package io.stowage.adapter.http.docs;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The files of Swagger UI that the docs page loads, read from the swagger-ui webjar on the class or
 * module path (its resources sit outside any package, so no module has to open them). Only the
 * listed names are served: the request never picks a path.
 */
@Singleton
final class SwaggerUiAssets {

    static final Set<String> NAMES = Set.of("swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png", "favicon-16x16.png");
    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String root;

    SwaggerUiAssets() {
        this.root = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    }

    /** The asset of that name, or empty when it is not one of the listed files. */
    Optional<URL> find(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(loader().getResource(root + name));
    }

    private static String webjarVersion() {
        try (InputStream in = loader().getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the class or module path");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader loader() {
        return SwaggerUiAssets.class.getClassLoader();
    }
}
