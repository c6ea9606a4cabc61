package io.stowage.application.port.out;

/** One dependency the service needs to serve (the database, a volume), probed for health. */
public interface DependencyCheck {

    String name();

    /** Returns normally when the dependency is usable; throws with a short reason otherwise. */
    void check() throws Exception;
}
