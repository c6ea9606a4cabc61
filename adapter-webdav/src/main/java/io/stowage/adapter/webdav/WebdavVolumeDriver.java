package io.stowage.adapter.webdav;

import io.stowage.application.port.out.BlobStoreDriver;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.StorageUnavailable;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The {@code webdav} driver: a volume is a collection on a WebDAV server (nginx's DAV modules, Apache
 * mod_dav, any RFC 4918 server), reached with the JDK's HTTP client. Opening it creates the collections
 * the store writes into, so an unreachable server or refused credentials stop the start, not the first
 * upload.
 */
@Singleton
public final class WebdavVolumeDriver implements BlobStoreDriver {

    public static final String NAME = "webdav";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OpenedVolume open(VolumeName volume, VolumeSettings volumeSettings) {
        WebdavSettings settings = WebdavSettings.from(volumeSettings);
        DavClient client = new DavClient(settings);
        WebdavBlobStore store = new WebdavBlobStore(client, new DavLayout(settings.url(), settings.root()), Clock.systemUTC());
        try {
            store.prepare(volume);
        } catch (StorageUnavailable e) {
            client.close();
            throw volumeSettings.invalid(WebdavSettings.URL, "cannot be used: " + reason(e));
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return new OpenedVolume(store, new WebdavVolumeCheck(store, client, volume), client::close);
    }

    /** The server's status or the kind of network failure: never a URL or a credential. */
    private static String reason(StorageUnavailable failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof DavStatus.UnexpectedStatus status) {
            return "the server " + status.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.getMessage() : "the server could not be reached (" + root.getClass().getSimpleName() + ")";
    }
}
