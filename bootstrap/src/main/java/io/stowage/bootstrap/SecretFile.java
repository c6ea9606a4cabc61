package io.stowage.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A secret given by configuration, or else generated once, kept in the data directory readable by
 * its owner only (0600), and reused on every later start.
 */
final class SecretFile {

    static final int MIN_BYTES = 32;
    private static final int GENERATED_BYTES = 48;

    private SecretFile() {
    }

    static String resolve(Optional<String> configured, Path file, String setting) {
        if (configured.isPresent()) {
            return checked(configured.get(), setting);
        }
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), setting + " (stored in " + file + ")");
        } catch (IOException e) {
            throw new StartupFailure(setting + " is unset and " + file + " cannot be written or read ("
                    + DataDirectory.reason(e) + ")");
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
    }

    private static String checked(String secret, String setting) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new StartupFailure(setting + " must be at least " + MIN_BYTES + " bytes long");
        }
        return secret;
    }
}
