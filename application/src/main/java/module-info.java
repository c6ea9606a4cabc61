/** Use cases (driving ports), the ports they drive, and the services that orchestrate them. */
module io.stowage.application {
    requires transitive io.stowage.domain;

    exports io.stowage.application.port.in;
    exports io.stowage.application.port.out;
    exports io.stowage.application.port.out.blob;
    exports io.stowage.application.service to io.stowage.bootstrap;
}
