package io.stowage.application.testing;

import io.stowage.application.port.out.UrlTokens;
import io.stowage.domain.error.InvalidSignature;
import io.stowage.domain.share.ShareGrant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Tokens as opaque serial numbers remembered in a map: any string it did not issue is a forgery. */
public final class InMemoryUrlTokens implements UrlTokens {

    private final Map<String, ShareGrant> issued = new ConcurrentHashMap<>();
    private final AtomicLong serial = new AtomicLong();

    @Override
    public String sign(ShareGrant grant) {
        String token = "token-" + serial.incrementAndGet();
        issued.put(token, grant);
        return token;
    }

    @Override
    public ShareGrant verify(String token) {
        ShareGrant grant = issued.get(token);
        if (grant == null) {
            throw new InvalidSignature("unknown token");
        }
        return grant;
    }

    /** The grant behind a token, for assertions. */
    public ShareGrant grantOf(String token) {
        return verify(token);
    }
}
