package io.stowage.application.port.in;

import java.util.Map;

/** Probes every dependency the service needs to serve. */
public interface CheckHealth {

    /** @param failures each failing dependency with a short reason; empty when healthy */
    record Report(Map<String, String> failures) {

        public boolean healthy() {
            return failures.isEmpty();
        }
    }

    Report checkHealth();
}
