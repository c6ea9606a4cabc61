package io.stowage.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import io.stowage.adapter.http.auth.SecuritySettings;
import io.stowage.adapter.persistence.embedded.EmbeddedDatabase;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.service.ShareLimits;
import io.stowage.application.service.StartupConsistency;
import io.stowage.application.service.Volumes;
import io.stowage.bootstrap.logging.JulBridge;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A running Stowage: settings validated, data directory ready, secrets resolved, database started
 * (embedded unless configured), then the Micronaut context with the HTTP server.
 */
public final class Stowage implements AutoCloseable {

    private final ApplicationContext context;
    private final Optional<EmbeddedDatabase> embeddedDatabase;
    private final URI url;
    private final String jwtSecret;
    private final Path dataDir;

    private Stowage(ApplicationContext context, Optional<EmbeddedDatabase> embeddedDatabase, URI url, String jwtSecret,
            Path dataDir) {
        this.context = context;
        this.embeddedDatabase = embeddedDatabase;
        this.url = url;
        this.jwtSecret = jwtSecret;
        this.dataDir = dataDir;
    }

    /** Starts with the given property overrides on top of the environment and application.yml. */
    public static Stowage start(Map<String, Object> overrides) {
        JulBridge.install();
        Settings settings = readSettings(overrides);
        ListenAddress.check(settings.host(), settings.port());
        Optional<String> publicUrl = PublicUrlSetting.parse(settingOf(overrides, PublicUrlSetting.PROPERTY));
        Path dataDir = DataDirectory.prepare(settings.dataDir());
        String secret = jwtSecret(settings.jwtSecret(), dataDir);
        // a key of its own: a signed URL must never verify as a user's token, nor one as the other
        String urlSigningKey = SecretFile.resolve(settingOf(overrides, "stowage.url-signing-key"),
                dataDir.resolve("secrets").resolve("url-signing-key"), "STOWAGE_URL_SIGNING_KEY");
        // S3 secrets are sealed at rest under a key of their own (to move under the volumes' master key)
        String s3KeysKey = SecretFile.resolve(settingOf(overrides, "stowage.s3-keys-key"),
                dataDir.resolve("secrets").resolve("s3-keys-key"), "STOWAGE_S3_KEYS_KEY");
        // volume secrets are sealed at rest under the master key (AES-256-GCM)
        String masterKey = MasterKey.resolve(settingOf(overrides, MasterKey.PROPERTY),
                dataDir.resolve("secrets").resolve("master-key"));
        Optional<EmbeddedDatabase> embedded = settings.database().isPresent()
                ? Optional.empty()
                : Optional.of(embeddedDatabase(dataDir));
        Settings.ExternalDatabase database = settings.database().orElseGet(() -> new Settings.ExternalDatabase(
                embedded.get().jdbcUrl(), embedded.get().user(), embedded.get().password()));

        Map<String, Object> properties = new HashMap<>(overrides);
        properties.put("stowage.data-dir", dataDir.toString());
        properties.put("stowage.jwt-secret", secret);
        properties.put("stowage.url-signing-key", urlSigningKey);
        properties.put("stowage.s3-keys-key", s3KeysKey);
        properties.put(MasterKey.PROPERTY, masterKey);
        properties.put("stowage.max-file-size", String.valueOf(settings.maxFileSize().bytes()));
        properties.put("micronaut.server.host", settings.host());
        publicUrl.ifPresent(url -> properties.put(PublicUrlSetting.PROPERTY, url));
        properties.put("micronaut.server.port", settings.port());
        properties.put("datasources.default.url", database.url());
        properties.put("datasources.default.username", database.user());
        properties.put("datasources.default.password", database.password());
        // micronaut-security-jwt validates and mints tokens; its filter and endpoints stay off whatever is set
        properties.putAll(SecuritySettings.properties());
        try {
            ApplicationContext context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .banner(false)
                    .properties(properties)
                    .start();
            // a bad STOWAGE_SIGNED_URL_MAX_EXPIRY stops start-up, not the first signing request
            context.getBean(ShareLimits.class);
            VolumeStartupCheck.run(context.getBean(Volumes.class), context.getBean(BucketCatalog.class));
            context.getBean(StartupConsistency.class).run();
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) {
                server.start();
            }
            return new Stowage(context, embedded, server.getURI(), secret, dataDir);
        } catch (RuntimeException e) {
            embedded.ifPresent(EmbeddedDatabase::close);
            throw StartupErrors.explain(e, settings);
        }
    }

    private static EmbeddedDatabase embeddedDatabase(Path dataDir) {
        try {
            return EmbeddedDatabase.start(dataDir.resolve("postgres").toFile());
        } catch (IllegalStateException e) {
            // e.g. another Stowage already runs on this data directory
            throw new StartupFailure("STOWAGE_DATA_DIR " + dataDir + ": " + e.getMessage());
        }
    }

    /** The secret the server verifies tokens with, resolved as at start-up but without starting anything. */
    static String jwtSecret(Map<String, Object> overrides) {
        try (ApplicationContext probe = ApplicationContext.builder().deduceEnvironment(false).properties(overrides).build()) {
            Environment environment = probe.getEnvironment().start();
            return jwtSecret(Settings.jwtSecret(environment), DataDirectory.prepare(Settings.dataDir(environment)));
        }
    }

    private static String jwtSecret(Optional<String> configured, Path dataDir) {
        return SecretFile.resolve(configured, dataDir.resolve("secrets").resolve("jwt-secret"), "STOWAGE_JWT_SECRET");
    }

    private static Optional<String> settingOf(Map<String, Object> overrides, String name) {
        try (ApplicationContext probe = ApplicationContext.builder().deduceEnvironment(false).properties(overrides).build()) {
            return probe.getEnvironment().start().getProperty(name, String.class).map(String::strip)
                    .filter(value -> !value.isEmpty());
        }
    }

    private static Settings readSettings(Map<String, Object> overrides) {
        try (ApplicationContext probe = ApplicationContext.builder().deduceEnvironment(false).properties(overrides).build()) {
            Environment environment = probe.getEnvironment().start();
            return Settings.from(environment);
        }
    }

    public URI url() {
        return url;
    }

    public String jwtSecret() {
        return jwtSecret;
    }

    public Path dataDir() {
        return dataDir;
    }

    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            embeddedDatabase.ifPresent(EmbeddedDatabase::close);
        }
    }
}
