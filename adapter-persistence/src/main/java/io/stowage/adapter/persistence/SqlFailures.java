package io.stowage.adapter.persistence;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionException;
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

    /**
     * A failure raised by Micronaut Data (a connection it could not get, a commit or rollback that failed,
     * a repository statement): translated like the SQL failure it carries; anything else, such as a domain
     * error thrown by the work, passes through unchanged.
     */
    static RuntimeException translateLibrary(String operation, RuntimeException failure) {
        if (!isLibraryFailure(failure)) {
            return failure;
        }
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return translate(operation, sql);
            }
        }
        return new DatabaseFailure(operation + " failed in the database", failure);
    }

    /** The repository's SQL failure, if {@code failure} carries one in the given state. */
    static boolean causedByState(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && hasState(sql, sqlState)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLibraryFailure(RuntimeException failure) {
        return failure instanceof DataAccessException || failure instanceof TransactionException
                || failure instanceof ConnectionException || failure instanceof CannotGetJdbcConnectionException;
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
