package io.stowage.adapter.http.object;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.stowage.adapter.http.headers.HttpDate;
import io.stowage.domain.object.StoredObject;

/** The headers every read of an object carries, on GET and HEAD alike; Content-Length is the caller's. */
final class DownloadHeaders {

    static final String DEFAULT_CACHE_CONTROL = "no-cache";
    static final String DOWNLOAD_PARAMETER = "download";

    private DownloadHeaders() {
    }

    static void apply(MutableHttpHeaders headers, StoredObject object, HttpRequest<?> request) {
        validators(headers, object);
        // set, not add: each header must appear once whatever Micronaut adds on its own
        headers.set(HttpHeaders.CONTENT_TYPE, object.contentType().value());
        headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        // the bytes are served as they were sent: encoded, so the client decodes them as the uploader meant
        object.contentEncoding().ifPresent(encoding -> headers.set(HttpHeaders.CONTENT_ENCODING, encoding));
        boolean active = ActiveContent.isActive(object.contentType());
        String requestedName = request.getParameters().get(DOWNLOAD_PARAMETER);
        String filename = requestedName == null || requestedName.isBlank() ? nameOf(object) : requestedName;
        headers.set(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.of(active || requestedName != null, filename));
        if (active) {
            // even if a browser opens it anyway, it runs nothing and reaches nothing of this origin
            headers.set("Content-Security-Policy", ActiveContent.SANDBOX_POLICY);
        }
    }

    /** What a 304 repeats: the validators and caching rules the client's copy is kept under. */
    static void validators(MutableHttpHeaders headers, StoredObject object) {
        headers.set(HttpHeaders.ETAG, object.etag());
        headers.set(HttpHeaders.LAST_MODIFIED, HttpDate.format(object.updatedAt()));
        headers.set(HttpHeaders.CACHE_CONTROL, object.cacheControl().orElse(DEFAULT_CACHE_CONTROL));
        // the API origin must never let a browser guess a stored object into something active
        headers.set("X-Content-Type-Options", "nosniff");
    }

    private static String nameOf(StoredObject object) {
        String key = object.key().value();
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
