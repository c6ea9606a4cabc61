package io.stowage.adapter.fs;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.stowage.application.port.out.DependencyCheck;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** Provides the filesystem blob store, chosen when {@code stowage.backend} is {@code fs} (the default). */
@Factory
@Requires(property = FsBlobStoreFactory.BACKEND, value = "fs", defaultValue = "fs")
public class FsBlobStoreFactory {

    static final String BACKEND = "stowage.backend";
    static final String DATA_DIR = "stowage.data-dir";

    /** Blobs get their own directory under the data dir, which other parts of Stowage may share. */
    static Path blobRoot(String dataDir) {
        return Path.of(dataDir, "blobs");
    }

    /** Exposed as its own type too, so the volume check can reach the store's directories. */
    @Singleton
    public FsBlobStore blobStore(@Property(name = DATA_DIR) String dataDir) {
        return new FsBlobStore(blobRoot(dataDir));
    }

    /**
     * Probes the temp directory, where every upload writes first. Taking the store makes sure the store
     * created its directories before the first probe.
     */
    @Singleton
    @Named(DataDirCheck.NAME)
    public DependencyCheck dataDirCheck(FsBlobStore store) {
        return new DataDirCheck(store.tempDirectory());
    }
}
