package io.stowage.application.port.in;

import io.stowage.application.port.out.VolumeDefinition;
import io.stowage.domain.identity.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The volumes operators manage at run time, for the service role only. */
public interface ManageVolumes {

    /** What a caller asks for: a new volume, or the new state of one (driver unchanged). */
    record Request(String name, String driver, Map<String, String> settings, Optional<String> defaultPrefix,
            Optional<String> pathStrategy, Optional<Boolean> active) {

        public Request {
            settings = settings == null ? Map.of() : Map.copyOf(settings);
        }
    }

    List<VolumeDefinition> list(Principal caller);

    VolumeDefinition get(Principal caller, String name);

    /** Opens and probes the volume, then saves it and routes to it at once; nothing is saved on failure. */
    VolumeDefinition create(Principal caller, Request request);

    /**
     * Replaces the settings (a secret given as {@code "***"} or left out keeps its stored value), the default
     * prefix and the active flag; new settings are probed before they are saved.
     */
    VolumeDefinition update(Principal caller, String name, Request request);

    void delete(Principal caller, String name);
}
