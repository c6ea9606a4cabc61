package io.stowage.adapter.webdav;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;

/**
 * Lists the blobs of a volume for the reconciler: PROPFIND {@code Depth: 1} on the base, on each bucket
 * collection and on each of its shards (servers commonly refuse {@code Depth: infinity}). Collection
 * names are gathered a level at a time (at most 256 shards per bucket); blobs are handed on as they are
 * parsed. A blob without a modification time is given the current time: the reconciler spares young
 * blobs, and an unknown age must never make one look old.
 */
final class DavWalk {

    private static final int MULTI_STATUS = 207;
    private static final String PROPS = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:resourcetype/><D:getlastmodified/></D:prop></D:propfind>";

    private final DavClient client;
    private final DavLayout layout;
    private final Clock clock;

    DavWalk(DavClient client, DavLayout layout, Clock clock) {
        this.client = client;
        this.layout = layout;
        this.clock = clock;
    }

    void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        for (String bucketName : collections(layout.base())) {
            Optional<BucketName> bucket = DavLayout.bucketOf(bucketName);
            if (bucket.isEmpty()) {
                continue;
            }
            URI bucketUri = layout.collection(bucket.get());
            for (String shard : collections(bucketUri)) {
                if (DavLayout.isShard(shard) && !blobs(volume, bucket.get(), bucketUri.resolve(shard + "/"), visitor)) {
                    return;
                }
            }
        }
    }

    private List<String> collections(URI collection) {
        List<String> names = new ArrayList<>();
        propfind(collection, member -> {
            if (member.collection()) {
                names.add(member.name());
            }
            return true;
        });
        return names;
    }

    private boolean blobs(VolumeName volume, BucketName bucket, URI shard, Predicate<StoredBlob> visitor) {
        return propfind(shard, member -> {
            Optional<VersionId> version = member.collection() ? Optional.empty() : DavLayout.versionOf(member.name());
            return version.isEmpty() || visitor.test(new StoredBlob(new BlobLocation(volume, bucket, version.get()),
                    member.modified().orElseGet(clock::instant)));
        });
    }

    /** A collection that vanished since its parent was listed has no members. */
    private boolean propfind(URI collection, Predicate<Multistatus.Member> visitor) {
        DavClient.DavResponse response = client.stream(client.request(collection)
                .header("Depth", "1")
                .header("Content-Type", "application/xml; charset=utf-8")
                .method("PROPFIND", HttpRequest.BodyPublishers.ofString(PROPS, StandardCharsets.UTF_8)), -1);
        try (InputStream body = response.body()) {
            if (response.status() == 404) {
                return true;
            }
            if (response.status() != MULTI_STATUS) {
                throw DavStatus.refused("PROPFIND", response.status(), "webdav");
            }
            return Multistatus.read(body, collection, visitor);
        } catch (IOException | XMLStreamException e) {
            throw new StorageUnavailable(DavClient.UNAVAILABLE, e);
        }
    }
}
