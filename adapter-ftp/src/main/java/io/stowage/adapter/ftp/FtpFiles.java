package io.stowage.adapter.ftp;

import java.io.IOException;
import java.util.OptionalLong;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;

/** Questions about one file on the server, answered with SIZE, or with a listing where SIZE is unknown. */
final class FtpFiles {

    private FtpFiles() {
    }

    /**
     * The size of a regular file, empty when there is none (550).
     *
     * @throws IOException when the server fails or answers something else
     */
    static OptionalLong size(FTPClient client, String file) throws IOException {
        String answer = client.getSize(file);
        int reply = client.getReplyCode();
        if (answer != null && FTPReply.isPositiveCompletion(reply)) {
            try {
                return OptionalLong.of(Long.parseLong(answer.strip()));
            } catch (NumberFormatException e) {
                throw new IOException("SIZE answered something that is not a size");
            }
        }
        if (reply == FtpReplies.FILE_UNAVAILABLE) {
            return OptionalLong.empty();
        }
        if (FtpReplies.isUnsupported(reply)) {
            return sizeFromListing(client, file);
        }
        throw new IOException("SIZE refused: reply " + reply);
    }

    private static OptionalLong sizeFromListing(FTPClient client, String file) throws IOException {
        FTPFile[] found = client.listFiles(file);
        if (found.length == 1 && found[0] != null && found[0].isFile()) {
            return OptionalLong.of(found[0].getSize());
        }
        return OptionalLong.empty();
    }
}
