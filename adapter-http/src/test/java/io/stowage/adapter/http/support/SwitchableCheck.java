package io.stowage.adapter.http.support;

import io.stowage.application.port.out.DependencyCheck;

/** A dependency whose health a test turns off, with a reason that must never reach a client. */
public final class SwitchableCheck implements DependencyCheck {

    private volatile String failure;

    @Override
    public String name() {
        return "database";
    }

    public void fail(String reason) {
        failure = reason;
    }

    public void heal() {
        failure = null;
    }

    @Override
    public void check() throws Exception {
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}
