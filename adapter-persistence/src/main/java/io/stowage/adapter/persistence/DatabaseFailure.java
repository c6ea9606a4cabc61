package io.stowage.adapter.persistence;

/**
 * A database error that is neither an outage nor a rule the domain knows about: a bug or a broken
 * schema. Its message names the operation and the SQLState only, never SQL text or row values.
 */
final class DatabaseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
