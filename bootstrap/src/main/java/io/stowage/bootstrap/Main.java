package io.stowage.bootstrap;

import java.util.Map;

/** The command-line entry point: start, print where to reach the server and its dev keys, wait. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Stowage stowage;
        try {
            stowage = Stowage.start(Map.of());
        } catch (StartupFailure e) {
            System.err.println("stowage: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stowage::close, "stowage-shutdown"));
        DevKeys keys = DevKeys.issue(stowage.jwtSecret());
        System.out.println();
        System.out.println("Stowage is ready at " + stowage.url() + "/storage/v1   (health: " + stowage.url() + "/health)");
        System.out.println("  data directory:   " + stowage.dataDir());
        System.out.println("  anon key:         " + keys.anon());
        System.out.println("  service_role key: " + keys.serviceRole());
        System.out.println("Try: curl -H \"Authorization: Bearer <service_role key>\" " + stowage.url() + "/storage/v1/bucket");
        System.out.println();
    }
}
