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
 * The master key volume secrets are sealed under: {@code STOWAGE_MASTER_KEY} (base64 of 32 bytes), else
 * one generated once into {@code <data-dir>/secrets/master-key}, readable by its owner only (0600).
 */
final class MasterKey {

    static final String SETTING = "STOWAGE_MASTER_KEY";
    static final String PROPERTY = "stowage.master-key";
    private static final int BYTES = 32;

    private MasterKey() {
    }

    /** The key as base64 text, checked to be 32 bytes. */
    static String resolve(Optional<String> configured, Path file) {
        if (configured.isPresent()) {
            return checked(configured.get(), SETTING);
        }
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), SETTING + " (stored in " + file + ")");
        } catch (IOException e) {
            throw new StartupFailure(SETTING + " is unset and " + file + " cannot be written or read ("
                    + DataDirectory.reason(e) + ")");
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
    }

    private static String checked(String text, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new StartupFailure(setting + " must be base64 of 32 bytes (e.g. openssl rand -base64 32)");
        }
        if (key.length != BYTES) {
            throw new StartupFailure(setting + " must be base64 of 32 bytes (e.g. openssl rand -base64 32), not "
                    + key.length + " bytes");
        }
        return text.strip();
    }
}
