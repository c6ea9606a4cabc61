package io.stowage.bootstrap;

import java.util.Arrays;
import java.util.Map;

/**
 * The command-line entry point. No argument: start, print where to reach the server and its dev keys,
 * wait. {@code token ...}: print a development JWT for a user and exit (see {@link TokenCommand}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && "token".equals(args[0])) {
            System.exit(TokenCommand.run(Arrays.asList(args).subList(1, args.length), Map.of(), System.out, System.err));
            return;
        }
        if (args.length > 0) {
            System.err.println("stowage: unknown command '" + args[0] + "' (no argument starts the server; `stowage token"
                    + " --user <id>` prints a user's JWT)");
            System.exit(TokenCommand.BAD_USAGE);
            return;
        }
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
        System.out.println("Stowage is ready at " + stowage.url() + "/storage/v1   (docs: " + stowage.url()
                + "/storage/v1/docs, health: " + stowage.url() + "/health)");
        System.out.println("  data directory:   " + stowage.dataDir());
        System.out.println("  anon key:         " + keys.anon());
        System.out.println("  service_role key: " + keys.serviceRole());
        System.out.println("  user token:       " + keys.exampleUser());
        System.out.println("    (user '" + DevKeys.EXAMPLE_USER + "', role authenticated, valid "
                + DevKeys.EXAMPLE_USER_VALIDITY.toHours() + "h; another user: bin/stowage token --user <id> [--role r]"
                + " [--expires 1h], or ./run.sh token ...)");
        System.out.println("Try: curl -H \"Authorization: Bearer <service_role key>\" " + stowage.url() + "/storage/v1/bucket");
        System.out.println();
    }
}
