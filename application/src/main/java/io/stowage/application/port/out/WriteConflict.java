package io.stowage.application.port.out;

/** A catalog write whose {@link WriteCondition} did not hold: someone else wrote the path first. */
public final class WriteConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WriteConflict(String message) {
        super(message, null, false, false);
    }
}
