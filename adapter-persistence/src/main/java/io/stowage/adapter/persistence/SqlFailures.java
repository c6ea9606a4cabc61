package io.stowage.adapter.persistence;

import io.stowage.domain.error.StorageUnavailable;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Classifies SQL failures at the adapter boundary: outages become {@link StorageUnavailable}, the rest a bug. */
final class SqlFailures {

    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";

    /** admin_shutdown, crash_shutdown, cannot_connect_now: the server is going away or not there yet. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private SqlFailures() {
    }

    static RuntimeException translate(String operation, SQLException failure) {
        if (isConnectionFailure(failure)) {
            DatabaseAvailability.lost(failure);
            return new StorageUnavailable("database unavailable", failure);
        }
        return new DatabaseFailure(operation + " failed in the database (SQLState " + failure.getSQLState() + ")",
                failure);
    }

    static boolean hasState(SQLException failure, String sqlState) {
        return sqlState.equals(failure.getSQLState());
    }

    /** True for a lost or refused connection anywhere in the chain, including the pool's wait timing out. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || SERVER_GOING_AWAY.contains(state)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
