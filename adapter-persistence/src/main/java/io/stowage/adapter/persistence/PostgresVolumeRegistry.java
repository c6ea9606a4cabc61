package io.stowage.adapter.persistence;

import io.micronaut.context.annotation.Value;
import io.stowage.application.port.out.VolumeDefinition;
import io.stowage.application.port.out.VolumeRegistry;
import io.stowage.application.port.out.VolumeSecrets;
import io.stowage.domain.bucket.VolumeName;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The volumes table behind {@link VolumeRegistry}: every secret setting is sealed ({@link MasterKeyCipher},
 * the volume's name as associated data) before it reaches a statement, and opened when a row is read.
 */
@Singleton
public final class PostgresVolumeRegistry implements VolumeRegistry {

    private final VolumeRepository repository;
    private final MasterKeyCipher cipher;

    public PostgresVolumeRegistry(VolumeRepository repository, @Value("${stowage.master-key}") String masterKey) {
        this(repository, masterKey, "");
    }

    /** {@code previousKeys}: comma-separated base64 keys that still open what they sealed (a rotation). */
    @jakarta.inject.Inject
    public PostgresVolumeRegistry(VolumeRepository repository, @Value("${stowage.master-key}") String masterKey,
            @Value("${stowage.master-key-previous:}") String previousKeys) {
        this.repository = repository;
        List<byte[]> previous = new ArrayList<>();
        for (String text : previousKeys.split(",")) {
            if (!text.isBlank()) {
                previous.add(decode(text));
            }
        }
        this.cipher = new MasterKeyCipher(decode(masterKey), previous);
    }

    private static byte[] decode(String masterKey) {
        try {
            return Base64.getDecoder().decode(masterKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key must be base64 of 32 bytes");
        }
    }

    @Override
    public List<VolumeDefinition> list() {
        return repository.findAllRows().stream().map(this::definition).toList();
    }

    @Override
    public Optional<VolumeDefinition> find(VolumeName name) {
        return repository.findByName(name.value()).map(this::definition);
    }

    @Override
    public boolean insert(VolumeDefinition volume) {
        Map<String, String> sealed = sealed(volume);
        return repository.insertRow(UUID.randomUUID(), volume.name().value(), volume.driver(), keys(sealed),
                values(sealed), volume.defaultPrefix(), volume.pathStrategy(), volume.active(),
                Timestamps.exact(volume.createdAt()), Timestamps.exact(volume.updatedAt())) > 0;
    }

    @Override
    public boolean update(VolumeDefinition volume) {
        Map<String, String> sealed = sealed(volume);
        return repository.updateRow(volume.name().value(), keys(sealed), values(sealed), volume.defaultPrefix(),
                volume.active(), Timestamps.exact(volume.updatedAt())) > 0;
    }

    @Override
    public void upsertFromConfig(VolumeDefinition volume) {
        Map<String, String> sealed = sealed(volume);
        repository.upsertConfigured(UUID.randomUUID(), volume.name().value(), volume.driver(), keys(sealed),
                values(sealed), volume.defaultPrefix(), volume.pathStrategy(), Timestamps.exact(volume.updatedAt()));
    }

    @Override
    public int resealUnderCurrentKey() {
        int resealed = 0;
        for (VolumeRow row : repository.findAllRows()) {
            boolean stale = false;
            for (int i = 0; i < row.settingKeys().length; i++) {
                stale |= VolumeSecrets.isSecret(row.settingKeys()[i]) && !cipher.underCurrentKey(row.settingValues()[i]);
            }
            if (stale) {
                Map<String, String> sealed = sealed(definition(row));
                repository.updateSettings(row.name(), keys(sealed), values(sealed));
                resealed++;
            }
        }
        return resealed;
    }

    @Override
    public boolean delete(VolumeName name) {
        return repository.deleteByName(name.value()) > 0;
    }

    private Map<String, String> sealed(VolumeDefinition volume) {
        Map<String, String> sealed = new TreeMap<>();
        volume.settings().forEach((key, value) -> sealed.put(key,
                VolumeSecrets.isSecret(key) ? cipher.seal(value, volume.name().value()) : value));
        return sealed;
    }

    private VolumeDefinition definition(VolumeRow row) {
        Map<String, String> settings = new HashMap<>();
        for (int i = 0; i < row.settingKeys().length; i++) {
            String key = row.settingKeys()[i];
            String value = row.settingValues()[i];
            if (VolumeSecrets.isSecret(key)) {
                try {
                    value = cipher.open(value, row.name());
                } catch (MasterKeyCipher.Refused e) {
                    throw new UnreadableSecret("the " + key + " of volume '" + row.name() + "' cannot be decrypted ("
                            + e.getMessage() + ")");
                }
            }
            settings.put(key, value);
        }
        return new VolumeDefinition(new VolumeName(row.name()), row.driver(), settings, row.defaultPrefix(),
                row.pathStrategy(), row.active(), row.fromConfig(), row.createdAt(), row.updatedAt());
    }

    private static String[] keys(Map<String, String> settings) {
        return settings.keySet().toArray(new String[0]);
    }

    private static String[] values(Map<String, String> settings) {
        return settings.values().toArray(new String[0]);
    }
}
