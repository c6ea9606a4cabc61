package io.stowage.adapter.http.observe;

import java.util.UUID;

/**
 * The id that ties a request's log line to what its client saw ({@code X-Request-Id}). A client's own id
 * is kept when it is short and plain, so a proxy's id follows the request through; anything else is
 * replaced, because it lands verbatim in logs and headers.
 */
final class RequestId {

    static final String HEADER = "X-Request-Id";
    static final int MAX_LENGTH = 64;

    private RequestId() {
    }

    /** The client's id when it is sane, else a fresh random one. */
    static String reuseOrGenerate(String offered) {
        return isSane(offered) ? offered : UUID.randomUUID().toString();
    }

    static boolean isSane(String offered) {
        if (offered == null || offered.isEmpty() || offered.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < offered.length(); i++) {
            char c = offered.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == '-';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
