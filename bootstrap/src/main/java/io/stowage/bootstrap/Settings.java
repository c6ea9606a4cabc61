package io.stowage.bootstrap;

import io.micronaut.context.env.Environment;
import io.stowage.bootstrap.logging.LogFormat;
import io.stowage.domain.error.StorageException;
import io.stowage.domain.value.ByteSize;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The deployment settings, read through Micronaut's environment (STOWAGE_* variables, system
 * properties, application.yml) and validated before anything starts.
 */
record Settings(String host, int port, Path dataDir, Optional<ExternalDatabase> database,
        Optional<String> jwtSecret, ByteSize maxFileSize) {

    /** An external PostgreSQL given by STOWAGE_DATABASE_URL and its credentials. */
    record ExternalDatabase(String url, String user, String password) {
    }

    static Settings from(Environment env) {
        String host = text(env, "stowage.host").orElse("127.0.0.1");
        int port = port(text(env, "stowage.port").orElse("5000"));
        Path dataDir = dataDir(env);
        Optional<ExternalDatabase> database = text(env, "stowage.database.url").map(url -> {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new StartupFailure("STOWAGE_DATABASE_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
            }
            return new ExternalDatabase(url, text(env, "stowage.database.user").orElse(""),
                    text(env, "stowage.database.password").orElse(""));
        });
        Optional<String> secret = jwtSecret(env);
        text(env, "stowage.log-format").filter(format -> LogFormat.named(format).isEmpty()).ifPresent(format -> {
            throw new StartupFailure("STOWAGE_LOG_FORMAT must be text or json, not '" + format + "'");
        });
        ByteSize maxFileSize = size(text(env, "stowage.max-file-size").orElse("1GB"));
        return new Settings(host, port, dataDir, database, secret, maxFileSize);
    }

    static Path dataDir(Environment env) {
        return Path.of(text(env, "stowage.data-dir").orElse("./data")).toAbsolutePath().normalize();
    }

    static Optional<String> jwtSecret(Environment env) {
        return text(env, "stowage.jwt-secret");
    }

    private static Optional<String> text(Environment env, String name) {
        return env.getProperty(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new StartupFailure("STOWAGE_PORT must be a port number from 0 to 65535, not '" + text + "'");
    }

    private static ByteSize size(String text) {
        try {
            ByteSize size = ByteSize.parse(text);
            if (size.bytes() > 0) {
                return size;
            }
        } catch (StorageException e) {
            // fall through to the message
        }
        throw new StartupFailure("STOWAGE_MAX_FILE_SIZE must be a positive size such as 1GB or 500MB, not '" + text + "'");
    }
}
