package io.stowage.adapter.sftp;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.CloseableHandle;
import org.apache.sshd.sftp.client.SftpClient.DirEntry;

/**
 * Lists the blobs under the root for the reconciler, one directory batch at a time (READDIR answers a
 * page of entries), closing each directory handle even when the visitor stops early.
 */
final class RemoteListing {

    private final SftpClient sftp;
    private final BlobPaths paths;

    RemoteListing(SftpClient sftp, BlobPaths paths) {
        this.sftp = sftp;
        this.paths = paths;
    }

    void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) throws IOException {
        try (CloseableHandle root = sftp.openDir(paths.root())) {
            for (List<DirEntry> page; (page = sftp.readDir(root)) != null; ) {
                for (DirEntry entry : page) {
                    Optional<BucketName> bucket = BlobPaths.bucketOf(entry.getFilename());
                    if (bucket.isPresent() && entry.getAttributes().isDirectory()
                            && !walkBucket(volume, bucket.get(), visitor)) {
                        return;
                    }
                }
            }
        }
    }

    private boolean walkBucket(VolumeName volume, BucketName bucket, Predicate<StoredBlob> visitor)
            throws IOException {
        try (CloseableHandle directory = sftp.openDir(paths.bucketDirectory(bucket))) {
            for (List<DirEntry> page; (page = sftp.readDir(directory)) != null; ) {
                for (DirEntry entry : page) {
                    Optional<BlobLocation> blob = BlobPaths.blobOf(volume, bucket, entry.getFilename());
                    if (blob.isPresent() && entry.getAttributes().isRegularFile()
                            && !visitor.test(new StoredBlob(blob.get(), modifiedAt(entry)))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** SFTP v3 sends whole seconds since the epoch; a server that sends none gets the epoch. */
    private static Instant modifiedAt(DirEntry entry) {
        var time = entry.getAttributes().getModifyTime();
        return time == null ? Instant.EPOCH : time.toInstant();
    }
}
