/**
 * Adapter: the Supabase Storage REST API under /storage/v1 on Micronaut's Netty server. It turns
 * requests into use-case commands, bearer tokens into principals and domain errors into statuses.
 */
module io.stowage.adapter.http {
    requires io.stowage.application;
    requires io.micronaut.micronaut_inject;
    requires io.micronaut.micronaut_core;
    requires io.micronaut.micronaut_context;
    requires io.micronaut.micronaut_http;
    requires io.micronaut.micronaut_http_server;
    // the Netty server this adapter runs on: resolved with the adapter even on the module path
    requires io.micronaut.micronaut_http_server_netty;
    // strict HTTP/1 framing: a handler behind Netty's decoder checks request heads and body framing
    requires io.micronaut.micronaut_http_netty;
    requires io.netty.codec.http;
    requires io.netty.codec;
    requires io.netty.transport;
    requires io.netty.buffer;
    requires io.netty.common;
    // download bodies are published in large chunks to Micronaut's body adapter (BlobChunkPublisher)
    requires org.reactivestreams;
    requires io.micronaut.micronaut_json_core;
    requires io.micronaut.serde.micronaut_serde_api;
    requires com.fasterxml.jackson.annotation;
    requires com.nimbusds.jose.jwt;
    // bearer JWT validation, the HS256 signature and the token generator (automatic module names)
    requires io.micronaut.security.micronaut_security;
    requires io.micronaut.security.micronaut_security_jwt;
    requires jakarta.inject;
    requires org.slf4j;
    // webhooks are posted with the JDK's client
    requires java.net.http;
    // request observation: routes name operations; Micrometer counts, Prometheus is scraped at /metrics
    requires io.micronaut.micronaut_router;
    requires micrometer.core;
    requires micrometer.registry.prometheus;
    // OpenAPI annotations on the controllers: read by the annotation processor, never at run time
    requires static io.swagger.v3.oas.annotations;
    requires static io.micronaut.openapi.micronaut_openapi_annotations;
    // joins the generated OpenAPI files into the document /storage/v1/openapi.yml serves
    requires org.yaml.snakeyaml;
    // S3's DeleteObjects request is an XML document
    requires java.xml;

    // bootstrap prints development keys with JwtIssuer
    exports io.stowage.adapter.http.auth;

    // unqualified: Micronaut's generated bean definitions and serde introspections load reflectively
    opens io.stowage.adapter.http.auth;
    opens io.stowage.adapter.http.error;
    opens io.stowage.adapter.http.bucket;
    opens io.stowage.adapter.http.object;
    opens io.stowage.adapter.http.health;
    opens io.stowage.adapter.http.json;
    opens io.stowage.adapter.http.share;
    opens io.stowage.adapter.http.observe;
    opens io.stowage.adapter.http.docs;
    opens io.stowage.adapter.http.admin;
    opens io.stowage.adapter.http.events;
    opens io.stowage.adapter.http.index;
    opens io.stowage.adapter.http.headers;
    opens io.stowage.adapter.http.framing;
    opens io.stowage.adapter.http.console;
    opens io.stowage.adapter.http.s3;
}
