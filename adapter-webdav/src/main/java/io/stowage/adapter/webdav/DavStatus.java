package io.stowage.adapter.webdav;

import io.stowage.domain.error.InsufficientStorage;
import io.stowage.domain.error.StorageUnavailable;

/**
 * What the server's status codes mean to the store. Messages name the method and the status, never a
 * URL or a credential: they may reach the logs and, as the cause of a 503, nothing else.
 */
final class DavStatus {

    static final int INSUFFICIENT_STORAGE = 507;

    private DavStatus() {
    }

    static boolean success(int status) {
        return status >= 200 && status < 300;
    }

    /** An answer the store cannot work with: a full volume, or the server being unavailable. */
    static RuntimeException refused(String method, int status, String volume) {
        if (status == INSUFFICIENT_STORAGE) {
            return new InsufficientStorage(volume);
        }
        return new StorageUnavailable(DavClient.UNAVAILABLE, new UnexpectedStatus(method, status));
    }

    /** The server's answer, as the cause of a {@link StorageUnavailable}. */
    static final class UnexpectedStatus extends Exception {

        private static final long serialVersionUID = 1L;
        private final int status;

        UnexpectedStatus(String method, int status) {
            super(method + " answered " + status + (status == 401 || status == 403 ? " (check the credentials)" : ""));
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
