package io.stowage.adapter.webdav;

import java.net.URI;
import java.net.http.HttpRequest;

/** Makes collections with MKCOL, outermost first; one that already exists is fine. */
final class DavCollections {

    private static final int METHOD_NOT_ALLOWED = 405;

    private DavCollections() {
    }

    /**
     * @param volume the volume's name, for a full server's error
     * @param collections URIs ending with a slash, each inside the one before it
     * @throws io.stowage.domain.error.StorageUnavailable when one cannot be made
     */
    static void ensure(DavClient client, String volume, URI... collections) {
        for (URI collection : collections) {
            int status = client.exchange(client.request(collection).method("MKCOL", HttpRequest.BodyPublishers.noBody()));
            // 405: MKCOL on a name already taken, which RFC 4918 answers so
            if (!DavStatus.success(status) && status != METHOD_NOT_ALLOWED) {
                throw DavStatus.refused("MKCOL", status, volume);
            }
        }
    }
}
