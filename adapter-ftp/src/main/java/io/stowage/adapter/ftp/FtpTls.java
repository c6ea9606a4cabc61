package io.stowage.adapter.ftp;

import java.util.Locale;
import java.util.Optional;

/** Whether and how the control and data connections are encrypted (FTPS). */
enum FtpTls {
    /** Plain FTP: credentials and bytes cross the network in clear. */
    NONE,
    /** AUTH TLS on the ordinary port, then protected data connections (PROT P). */
    EXPLICIT,
    /** TLS from the first byte, usually on port 990. */
    IMPLICIT;

    static Optional<FtpTls> parse(String text) {
        for (FtpTls mode : values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    String setting() {
        return name().toLowerCase(Locale.ROOT);
    }
}
