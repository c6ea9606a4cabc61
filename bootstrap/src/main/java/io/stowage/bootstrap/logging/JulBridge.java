package io.stowage.bootstrap.logging;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends java.util.logging records (the JDK's and some libraries') to SLF4J, so they come out in the
 * one log format; logback's LevelChangePropagator keeps JUL's levels in step, so that disabled records
 * cost nothing.
 */
public final class JulBridge {

    private JulBridge() {
    }

    public static synchronized void install() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
