package io.stowage.adapter.ftp;

import io.stowage.application.port.out.BlobStoreDriver;
import io.stowage.application.port.out.DependencyCheck;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.domain.bucket.VolumeName;
import jakarta.inject.Singleton;

/**
 * The {@code ftp} driver: a volume is a directory on an FTP or FTPS server. Opening it only reads the
 * settings; connections are made when needed and pooled, and the start-up probe proves the server takes
 * writes before the service serves.
 */
@Singleton
public final class FtpVolumeDriver implements BlobStoreDriver {

    public static final String NAME = "ftp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OpenedVolume open(VolumeName volume, VolumeSettings volumeSettings) {
        FtpSettings settings = FtpSettings.from(volumeSettings);
        FtpSessions sessions = new FtpSessions(new FtpConnector(settings), settings.poolSize(), settings.ioTimeout());
        FtpBlobStore store = new FtpBlobStore(sessions, new FtpLayout(settings.root()));
        DependencyCheck probe = new DependencyCheck() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public void check() {
                store.probe();
            }
        };
        return new OpenedVolume(store, probe, sessions);
    }
}
