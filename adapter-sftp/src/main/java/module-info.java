/** Adapter: stores blobs on an SFTP server (over one SSH session), and checks that volume's health. */
module io.stowage.adapter.sftp {
    requires io.stowage.application;
    requires io.micronaut.micronaut_inject;
    requires io.micronaut.micronaut_core;
    requires jakarta.inject;
    requires org.apache.sshd.osgi;
    requires org.apache.sshd.sftp;

    exports io.stowage.adapter.sftp;
    // unqualified: Micronaut's generated bean definitions load reflectively from here
    opens io.stowage.adapter.sftp;
}
