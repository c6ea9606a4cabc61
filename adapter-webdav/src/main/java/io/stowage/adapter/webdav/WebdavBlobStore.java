package io.stowage.adapter.webdav;

import io.stowage.application.port.out.BlobContent;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BlobWritten;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.application.port.out.StoredBlob;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A {@link BlobStore} on a WebDAV server. A blob is PUT under a temporary name in {@code .stowage-tmp/},
 * then MOVEd to its real name with {@code Overwrite: F}, so a blob under a real name is always whole;
 * a failed write removes its temporary. How durable a finished MOVE is depends on the server (nginx does
 * not fsync): the README says so.
 */
final class WebdavBlobStore implements BlobStore {

    private final DavClient client;
    private final DavLayout layout;
    private final Clock clock;

    WebdavBlobStore(DavClient client, DavLayout layout, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates the base and temp collections when missing, the only ones a PUT needs. */
    void prepare(VolumeName volume) {
        List<URI> collections = new java.util.ArrayList<>(layout.baseChain());
        collections.add(layout.tempCollection());
        DavCollections.ensure(client, volume.value(), collections.toArray(URI[]::new));
    }

    /** Measures while the client uploads; the caller keeps {@code content} and closes it. */
    @Override
    public BlobWritten put(BlobLocation location, InputStream content, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        return write(layout.temp(location), layout.blob(location), layout.blobCollections(location), content, maxBytes,
                location.volume());
    }

    /**
     * PUTs {@code content} to {@code temp}, then MOVEs it to {@code target} without overwriting; when the
     * MOVE finds a parent missing, {@code parents} are created and it is tried once more. Whatever fails,
     * neither name keeps anything: a MOVE whose answer was lost may still have happened.
     */
    BlobWritten write(URI temp, URI target, List<URI> parents, InputStream content, long maxBytes, VolumeName volume) {
        boolean publishing = false;
        try {
            DavClient.Upload upload = client.upload(temp, content, maxBytes);
            if (upload.status() == 409) {
                // the temp collection went away (someone cleaned the server): make it again for the next put
                prepare(volume);
            }
            if (!DavStatus.success(upload.status())) {
                throw DavStatus.refused("PUT", upload.status(), volume.value());
            }
            publishing = true;
            publish(temp, target, parents, volume);
            return upload.sent();
        } catch (IllegalStateException e) {
            throw discard(temp, e);
        } catch (RuntimeException e) {
            throw discardBoth(publishing, temp, target, e);
        } catch (Error e) {
            throw discardBoth(publishing, temp, target, e);
        }
    }

    private void publish(URI temp, URI target, List<URI> parents, VolumeName volume) {
        int status = move(temp, target);
        if (status == 409) {
            DavCollections.ensure(client, volume.value(), parents.toArray(URI[]::new));
            status = move(temp, target);
        }
        if (status == 412) {
            throw new IllegalStateException("a blob already exists under a fresh name");
        }
        if (!DavStatus.success(status)) {
            throw DavStatus.refused("MOVE", status, volume.value());
        }
    }

    private int move(URI from, URI to) {
        return client.exchange(client.request(from)
                .header("Destination", to.toString())
                .header("Overwrite", "F")
                .method("MOVE", HttpRequest.BodyPublishers.noBody()));
    }

    @Override
    public BlobContent open(BlobLocation location) {
        URI blob = layout.blob(location);
        return new WebdavBlobContent(client, blob, size(blob, location), location);
    }

    DavLayout layout() {
        return layout;
    }

    private long size(URI blob, BlobLocation location) {
        DavClient.Answer head = client.answer(client.request(blob).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        if (head.status() == 404) {
            throw new BlobMissing(location);
        }
        if (!DavStatus.success(head.status())) {
            throw DavStatus.refused("HEAD", head.status(), location.volume().value());
        }
        return head.headers().firstValueAsLong("Content-Length")
                .orElseThrow(() -> new StorageUnavailable(DavClient.UNAVAILABLE,
                        new DavStatus.UnexpectedStatus("HEAD without Content-Length", head.status())));
    }

    /** A missing blob answers 404, which is what the port asks for anyway. */
    @Override
    public void delete(BlobLocation location) {
        deleteIfPresent(layout.blob(location), location);
    }

    @Override
    public boolean exists(BlobLocation location) {
        int status = client.exchange(client.request(layout.blob(location)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        if (status == 404) {
            return false;
        }
        if (!DavStatus.success(status)) {
            throw DavStatus.refused("HEAD", status, location.volume().value());
        }
        return true;
    }

    @Override
    public void discardPartial(BlobLocation location) {
        deleteIfPresent(layout.temp(location), location);
    }

    /** Walks {@code <bucket>/<shard>/<version>} with one PROPFIND per collection; temp and stray names are skipped. */
    @Override
    public void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        new DavWalk(client, layout, clock).forEachBlob(volume, visitor);
    }

    void deleteIfPresent(URI uri, BlobLocation location) {
        deleteIfPresent(uri, location.volume());
    }

    void deleteIfPresent(URI uri, VolumeName volume) {
        int status = client.exchange(client.request(uri).DELETE());
        if (status != 404 && !DavStatus.success(status)) {
            throw DavStatus.refused("DELETE", status, volume.value());
        }
    }

    private <T extends Throwable> T discardBoth(boolean published, URI temp, URI target, T failure) {
        if (published) {
            discard(target, failure);
        }
        return discard(temp, failure);
    }

    private <T extends Throwable> T discard(URI temp, T failure) {
        try {
            int status = client.exchange(client.request(temp).DELETE());
            if (status != 404 && !DavStatus.success(status)) {
                failure.addSuppressed(new DavStatus.UnexpectedStatus("DELETE of the temporary", status));
            }
        } catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
        return failure;
    }
}
