package io.stowage.adapter.http.observe;

import java.time.Instant;

/**
 * The facts of one finished request, as the request log and the transfer metrics see them. Nullable
 * fields are unknown or do not apply: no user for anonymous callers, no role for a refused token, no
 * bucket or path outside object and bucket routes, no size where no object bytes moved.
 */
record CompletedRequest(Instant timestamp, String requestId, String method, Operation operation,
        String bucket, String path, String userId, String role, int status, Long size, long durationMs) {
}
