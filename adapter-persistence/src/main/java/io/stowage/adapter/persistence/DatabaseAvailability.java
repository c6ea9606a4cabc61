package io.stowage.adapter.persistence;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the database's availability once per change, not once per failed request: one WARN line when a
 * connection is lost or refused (with the short cause, no stack trace), one when the database answers
 * again. Fed by every JDBC call and by the health check.
 */
final class DatabaseAvailability {

    private static final Logger LOG = LoggerFactory.getLogger("stowage.database");
    private static final AtomicBoolean AVAILABLE = new AtomicBoolean(true);

    private DatabaseAvailability() {
    }

    static void lost(Throwable failure) {
        if (AVAILABLE.compareAndSet(true, false)) {
            LOG.warn("database unavailable: {}; requests that need it answer 503 until it is back", cause(failure));
        }
    }

    static void answered() {
        if (!AVAILABLE.get() && AVAILABLE.compareAndSet(false, true)) {
            LOG.warn("database available again");
        }
    }

    /** The innermost message of the chain, on one line: what the driver or the pool saw. */
    private static String cause(Throwable failure) {
        String message = failure.getClass().getSimpleName();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t.getMessage() != null) {
                message = t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
