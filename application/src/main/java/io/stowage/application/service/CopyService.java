package io.stowage.application.service;

import io.stowage.application.port.in.CopyObject;
import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.in.ObjectTransfer;
import io.stowage.application.port.in.UploadObject;
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
 * Copies as a download piped into an upload, so a copy is read under the read rules and written under
 * every upload rule (write access, upsert, the destination's size and MIME limits, crash-safe commit)
 * without a second implementation of them. The source's SHA-256 travels as the expected digest, so a
 * copy that is not byte for byte the source is never committed.
 */
public final class CopyService implements CopyObject {

    private final DownloadObject downloads;
    private final UploadObject uploads;

    public CopyService(DownloadObject downloads, UploadObject uploads) {
        this.downloads = downloads;
        this.uploads = uploads;
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
                return new Result(uploads.upload(new UploadObject.Command(transfer.caller(),
                        transfer.destinationBucket(), transfer.destinationKey(), original.contentType(),
                        OptionalLong.of(original.size()), command.upsert(), original.cacheControl(),
                        original.userMetadata(), bytes, ObjectPrecondition.none(),
                        List.of(new ContentDigest(ContentDigest.Algorithm.SHA_256, original.checksum().sha256Hex())),
                        original.contentEncoding())));
            }
        } catch (IOException e) {
            throw new StorageUnavailable("the source object could not be read", e);
        }
    }
}
