/** Adapter: stores blobs as files under a local directory, crash-safe, and checks that volume's health. */
module io.stowage.adapter.fs {
    requires io.stowage.application;
    requires io.micronaut.micronaut_inject;
    requires io.micronaut.micronaut_core;
    requires jakarta.inject;

    exports io.stowage.adapter.fs;
    // unqualified: Micronaut's generated bean definitions load reflectively from here
    opens io.stowage.adapter.fs;
}
