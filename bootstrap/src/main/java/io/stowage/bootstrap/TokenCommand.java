package io.stowage.bootstrap;

import io.stowage.adapter.http.auth.JwtIssuer;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code stowage token}: mints a development JWT for a user with the secret the server verifies
 * (STOWAGE_JWT_SECRET, or the one generated into the data directory) and prints only the token. It
 * starts neither the server nor the database.
 */
final class TokenCommand {

    static final int BAD_USAGE = 2;

    private TokenCommand() {
    }

    /** Returns the process's exit code: 0 with the token on {@code out}, else 2 with one line on {@code err}. */
    static int run(List<String> args, Map<String, Object> overrides, PrintStream out, PrintStream err) {
        try {
            TokenOptions options = TokenOptions.parse(args);
            String secret = Stowage.jwtSecret(overrides);
            out.println(new JwtIssuer(secret).issue(options.role(), options.user(), options.expires()));
            return 0;
        } catch (IllegalArgumentException | StartupFailure e) {
            err.println("stowage token: " + e.getMessage());
            return BAD_USAGE;
        }
    }
}
