package io.stowage.application.port.out;

import io.stowage.domain.bucket.VolumeName;
import java.util.List;
import java.util.Optional;

/** The volumes table: every volume, from the configuration file or the API, secrets sealed at rest. */
public interface VolumeRegistry {

    List<VolumeDefinition> list();

    Optional<VolumeDefinition> find(VolumeName name);

    /** Adds a new volume; false when the name is taken. */
    boolean insert(VolumeDefinition volume);

    /** Replaces the settings, prefix, active flag and update time of an existing volume; false when absent. */
    boolean update(VolumeDefinition volume);

    /** Inserts or replaces a configuration-file volume, marking it as such. */
    void upsertFromConfig(VolumeDefinition volume);

    boolean delete(VolumeName name);

    /**
     * Re-seals, under the current master key, every secret still sealed under a previous one (a key
     * rotation); each volume is done on its own, so an interrupted run resumes where it stopped.
     *
     * @return how many volumes were re-sealed
     */
    int resealUnderCurrentKey();

    /**
     * Thrown when a stored secret cannot be decrypted: the master key is not the one it was sealed under,
     * or the value was altered.
     */
    final class UnreadableSecret extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UnreadableSecret(String message) {
            super(message);
        }
    }
}
