package io.stowage.adapter.ftp;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.net.ftp.FTPClient;

/**
 * Creates the directories a write needs (MKD, one level at a time) and remembers the ones a write has
 * since succeeded in, so a busy bucket costs no extra command. A directory removed behind our back is
 * forgotten when a write into it fails, and made again by the next one.
 */
final class FtpDirectories {

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /**
     * Makes {@code directory} and its missing parents. MKD of an existing directory is refused, which is
     * fine: whether it really is there, the STOR that follows tells.
     */
    void ensure(FTPClient client, String directory) throws IOException {
        if (known.contains(directory)) {
            return;
        }
        for (String path : FtpLayout.ancestry(directory)) {
            if (!known.contains(path)) {
                client.makeDirectory(path);
            }
        }
    }

    /** A file was written in {@code directory}: it and its parents exist. */
    void confirmed(String directory) {
        known.addAll(FtpLayout.ancestry(directory));
    }

    /** A write in {@code directory} failed: check it again next time. */
    void forget(String directory) {
        known.remove(directory);
    }
}
