package io.stowage.bootstrap;

/** A start-up problem explained in one line that names the setting to fix. */
public final class StartupFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupFailure(String message) {
        super(message, null, false, false);
    }
}
