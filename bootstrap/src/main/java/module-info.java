/** Wires the adapters to the application and starts the server: the only module that knows every adapter. */
module io.stowage.bootstrap {
    requires io.stowage.application;
    requires io.stowage.adapter.http;
    requires io.stowage.adapter.persistence;
    requires io.stowage.adapter.fs;
    requires io.stowage.adapter.s3;
    requires io.stowage.adapter.ftp;
    requires io.stowage.adapter.webdav;
    requires io.stowage.adapter.sftp;
    requires io.stowage.adapter.image;
    requires io.micronaut.micronaut_inject;
    requires io.micronaut.micronaut_core;
    requires io.micronaut.micronaut_context;
    requires io.micronaut.micronaut_runtime;
    requires io.micronaut.micronaut_aop;
    requires jakarta.inject;
    requires micrometer.core;
    // one log format for every line: a logback layout of our own, java.util.logging bridged into SLF4J
    requires org.slf4j;
    requires ch.qos.logback.core;
    requires ch.qos.logback.classic;
    requires jul.to.slf4j;
    requires java.logging;

    exports io.stowage.bootstrap;
    opens io.stowage.bootstrap;
    // logback instantiates the layout named in logback.xml
    opens io.stowage.bootstrap.logging;
}
