/** Adapter: stores blobs on a WebDAV server (PUT to a temp name, then MOVE), and checks that volume's health. */
module io.stowage.adapter.webdav {
    requires io.stowage.application;
    requires io.micronaut.micronaut_inject;
    requires io.micronaut.micronaut_core;
    requires jakarta.inject;
    requires java.net.http;
    requires java.xml;

    exports io.stowage.adapter.webdav;
    // unqualified: Micronaut's generated bean definitions load reflectively from here
    opens io.stowage.adapter.webdav;
}
