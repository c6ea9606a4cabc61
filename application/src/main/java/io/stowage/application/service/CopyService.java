package io.stowage.application.service;

import io.stowage.application.port.in.CopyObject;
import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.in.ObjectTransfer;
import io.stowage.application.port.out.BlobContent;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ContentDigest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalLong;

/**
 * Copies as a download piped into a write, so a copy is read under the read rules and written under
 * every write rule (write access, upsert, the destination's size and MIME limits, crash-safe commit)
 * without a second implementation of them. The source's SHA-256 travels as the expected digest, so a
 * copy that is not byte for byte the source is never committed.
 */
public final class CopyService implements CopyObject {

    private final DownloadObject downloads;
    private final WritePath writes;

    public CopyService(DownloadObject downloads, WritePath writes) {
        this.downloads = downloads;
        this.writes = writes;
    }

    @Override
    public Result copy(Command command) {
        ObjectTransfer transfer = command.transfer();
        DownloadObject.Result source = downloads.download(transfer.caller(), transfer.sourceBucket(),
                transfer.sourceKey());
        try (BlobContent content = source.content()) {
            StoredObject original = source.object();
            if (transfer.staysInPlace()) {
                // copying an object onto itself changes nothing, as in the peer
                return new Result(original);
            }
            try (InputStream bytes = content.stream(0, content.size())) {
                return new Result(writes.write(new WritePath.Request(transfer.caller(),
                        transfer.destinationBucket(), transfer.destinationKey(),
                        new WriteRule(ObjectPrecondition.none(), command.upsert()),
                        new ObjectDetails(original.contentType(), original.cacheControl(), original.userMetadata(),
                                original.contentEncoding()),
                        new ByteSource.Sent(bytes, OptionalLong.of(original.size()), List.of(new ContentDigest(
                                ContentDigest.Algorithm.SHA_256, original.checksum().sha256Hex()))))));
            }
        } catch (IOException e) {
            throw new StorageUnavailable("the source object could not be read", e);
        }
    }
}
