/** Adapter: stores blobs on an FTP or FTPS server, under a root directory, and checks that volume's health. */
module io.stowage.adapter.ftp {
    requires io.stowage.application;
    requires io.micronaut.micronaut_inject;
    requires io.micronaut.micronaut_core;
    requires jakarta.inject;
    requires org.apache.commons.net;

    exports io.stowage.adapter.ftp;
    // unqualified: Micronaut's generated bean definitions load reflectively from here
    opens io.stowage.adapter.ftp;
}
