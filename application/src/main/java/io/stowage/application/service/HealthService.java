package io.stowage.application.service;

import io.stowage.application.port.in.CheckHealth;
import io.stowage.application.port.out.DependencyCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Probes each dependency and reports the failing ones by name. */
public final class HealthService implements CheckHealth {

    private final List<DependencyCheck> checks;

    public HealthService(List<DependencyCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public Report checkHealth() {
        Map<String, String> failures = new LinkedHashMap<>();
        for (DependencyCheck check : checks) {
            try {
                check.check();
            } catch (Exception e) {
                failures.put(check.name(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return new Report(failures);
    }
}
