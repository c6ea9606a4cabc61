package io.stowage.application.service;

import io.stowage.application.port.in.UploadObject;
import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.ObjectCatalog;
import java.time.Clock;

/** An upload is one write of the sent body through the {@link WritePath}, under the command's rule. */
public final class UploadService implements UploadObject {

    private final WritePath writes;

    public UploadService(WritePath writes) {
        this.writes = writes;
    }

    /** An upload service on a write path of its own with the default seams. */
    public UploadService(ObjectCatalog objects, BlobStore blobs, ObjectRemoval removal,
            BlobBookkeeping bookkeeping, StorageLimits limits, Clock clock) {
        this(new WritePath(objects, blobs, removal, bookkeeping, limits, clock));
    }

    @Override
    public Result upload(Command command) {
        return new Result(writes.write(new WritePath.Request(command.caller(), command.bucket(), command.key(),
                new WriteRule(command.precondition(), command.upsert()),
                new ObjectDetails(command.contentType(), command.cacheControl(), command.userMetadata(),
                        command.contentEncoding()),
                new ByteSource.Sent(command.content(), command.declaredLength(), command.expectedDigests()))));
    }
}
