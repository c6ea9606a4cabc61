package io.stowage.bootstrap;

import java.net.BindException;

/** Turns a failed start into one line naming the setting to fix, instead of a wall of stack trace. */
final class StartupErrors {

    private StartupErrors() {
    }

    static RuntimeException explain(RuntimeException failure, Settings settings) {
        Throwable root = failure;
        boolean database = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            root = t;
            if (t instanceof StartupFailure startup) {
                return startup;
            }
            if (t instanceof BindException) {
                return new StartupFailure("STOWAGE_HOST/STOWAGE_PORT: cannot listen on " + settings.host() + ":"
                        + settings.port() + " (" + t.getMessage() + ")");
            }
            String type = t.getClass().getName();
            database |= type.startsWith("org.postgresql") || type.startsWith("java.sql") || type.startsWith("com.zaxxer")
                    || type.startsWith("org.flywaydb");
        }
        if (database) {
            String where = settings.database().map(db -> "STOWAGE_DATABASE_URL " + db.url()).orElse("the embedded database");
            return new StartupFailure("cannot use " + where + ": " + firstLine(root.getMessage()));
        }
        return new StartupFailure("start-up failed: " + root.getClass().getSimpleName() + ": " + firstLine(root.getMessage()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
