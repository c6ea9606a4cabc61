/** Wires the adapters to the application and starts the server: the only module that knows every adapter. */
module io.stowage.bootstrap {
    requires io.stowage.application;
    requires io.stowage.adapter.http;
    requires io.stowage.adapter.persistence;
    requires io.stowage.adapter.fs;
    requires io.stowage.adapter.s3;
    requires io.micronaut.micronaut_inject;
    requires io.micronaut.micronaut_core;
    requires io.micronaut.micronaut_context;
    requires io.micronaut.micronaut_runtime;
    requires io.micronaut.micronaut_aop;
    requires jakarta.inject;
    requires micrometer.core;

    exports io.stowage.bootstrap;
    opens io.stowage.bootstrap;
}
