package io.stowage.bootstrap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks, before the database starts, that the server can listen where it is told: the host resolves to
 * an address of this machine and the port is free. A probe socket is bound and released at once.
 */
final class ListenAddress {

    private ListenAddress() {
    }

    static void check(String host, int port) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException | SecurityException e) {
            throw new StartupFailure("STOWAGE_HOST must be an IP address or a host name of this machine, not '" + host
                    + "' (it does not resolve)");
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
        } catch (IOException | SecurityException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (port != 0 && reason.toLowerCase(Locale.ROOT).contains("in use")) {
                throw new StartupFailure("STOWAGE_PORT " + port + " is already in use on " + host
                        + " (another server listens there; choose another port)");
            }
            throw new StartupFailure("STOWAGE_HOST '" + host + "' cannot be listened on at port " + port + " (" + reason
                    + "; use an address of this machine such as 127.0.0.1 or 0.0.0.0)");
        }
    }
}
