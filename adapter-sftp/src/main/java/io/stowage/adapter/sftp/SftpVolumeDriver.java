package io.stowage.adapter.sftp;

import io.stowage.application.port.out.BlobStoreDriver;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.domain.bucket.VolumeName;
import jakarta.inject.Singleton;

/**
 * The {@code sftp} driver: a volume is a directory ({@code root}) on an SFTP server, reached over one SSH
 * session with a few SFTP channels. Settings are checked when the volume opens (a missing host-key
 * fingerprint or an unreadable private key stops the start); the server is first reached by the
 * start-up probe.
 */
@Singleton
public final class SftpVolumeDriver implements BlobStoreDriver {

    public static final String NAME = "sftp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OpenedVolume open(VolumeName volume, VolumeSettings volumeSettings) {
        SftpSettings settings = SftpSettings.from(volumeSettings);
        ClientIdentity identity = ClientIdentity.from(settings, volumeSettings);
        SftpConnection connection = new SftpConnection(settings, identity);
        SftpBlobStore store = new SftpBlobStore(connection, settings.root());
        return new OpenedVolume(store, new SftpVolumeCheck(connection, store.paths()), connection);
    }
}
