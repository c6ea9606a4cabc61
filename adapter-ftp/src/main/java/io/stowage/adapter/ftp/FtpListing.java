package io.stowage.adapter.ftp;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.StoredBlob;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.value.VersionId;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;

/**
 * Lists the blobs of a volume for the reconciler: the root's bucket directories, then each bucket's
 * files. MLSD is used when the server has it (exact UTC times); otherwise LIST, whose times are in the
 * server's zone with minute precision. A directory's listing is read whole before the visitor runs, so
 * the visitor may use the store without holding up a connection.
 */
final class FtpListing {

    private final FtpSessions sessions;
    private final FtpLayout layout;

    FtpListing(FtpSessions sessions, FtpLayout layout) {
        this.sessions = sessions;
        this.layout = layout;
    }

    void forEachBlob(VolumeName volume, Predicate<StoredBlob> visitor) {
        List<BucketName> buckets = new ArrayList<>();
        for (FTPFile entry : sessions.run(client -> list(client, layout.root()))) {
            if (entry != null && entry.isDirectory()) {
                FtpLayout.bucketOf(entry.getName()).ifPresent(buckets::add);
            }
        }
        for (BucketName bucket : buckets) {
            FTPFile[] files = sessions.run(client -> list(client, layout.bucketDirectory(bucket)));
            for (FTPFile file : files) {
                if (file == null || !file.isFile()) {
                    continue;
                }
                Optional<VersionId> version = FtpLayout.versionOf(file.getName());
                if (version.isPresent() && !visitor.test(new StoredBlob(
                        new BlobLocation(volume, bucket, version.get()), modifiedAt(file)))) {
                    return;
                }
            }
        }
    }

    private static FTPFile[] list(FTPClient client, String directory) throws IOException {
        if (client.hasFeature("MLST")) {
            return client.mlistDir(directory);
        }
        return client.listFiles(directory);
    }

    /** A file the server gives no time for counts as written now, so the reconciler leaves it for later. */
    private static Instant modifiedAt(FTPFile file) {
        Calendar time = file.getTimestamp();
        return time == null ? Instant.now() : time.toInstant();
    }
}
