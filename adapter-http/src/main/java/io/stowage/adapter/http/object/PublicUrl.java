package io.stowage.adapter.http.object;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * The address clients reach this server at, from which every absolute URL in an answer is built:
 * {@code stowage.public-url} (checked and trimmed at start-up), else the listen address. Never the
 * request's Host header, which the client chooses: a link built from it could point anywhere.
 */
@Singleton
final class PublicUrl {

    private final String configured;
    private final BeanProvider<EmbeddedServer> server;

    PublicUrl(@Value("${stowage.public-url:}") String configured, BeanProvider<EmbeddedServer> server) {
        this.configured = configured.strip();
        this.server = server;
    }

    /** e.g. "https://files.example.com" or "http://127.0.0.1:5000", without a trailing slash. */
    String base() {
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        // the port is known only once the server listens (it may be chosen at random)
        EmbeddedServer listening = server.get();
        String host = listening.getHost();
        String literal = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return listening.getScheme() + "://" + literal + ":" + listening.getPort();
    }
}
