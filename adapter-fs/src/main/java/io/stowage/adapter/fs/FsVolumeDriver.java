package io.stowage.adapter.fs;

import io.stowage.application.port.out.BlobStoreDriver;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.domain.bucket.VolumeName;
import jakarta.inject.Singleton;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The {@code fs} driver: a volume is a directory ({@code root}) holding the blobs as files, crash-safe. */
@Singleton
public final class FsVolumeDriver implements BlobStoreDriver {

    public static final String NAME = "fs";
    public static final String ROOT = "root";

    @Override
    public String name() {
        return NAME;
    }

    /** Creates the directories the store needs; the probe then proves they take durable writes. */
    @Override
    public OpenedVolume open(VolumeName volume, VolumeSettings settings) {
        Path root;
        try {
            root = Path.of(settings.required(ROOT)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw settings.invalid(ROOT, "is not a valid path");
        }
        FsBlobStore store = new FsBlobStore(root);
        return new OpenedVolume(store, new DataDirCheck(store.tempDirectory()), () -> { });
    }
}
