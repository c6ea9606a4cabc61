/** Stowage's domain: value objects, aggregates, access rules and errors. Depends on nothing. */
module io.stowage.domain {
    exports io.stowage.domain.error;
    exports io.stowage.domain.value;
    exports io.stowage.domain.identity;
    exports io.stowage.domain.bucket;
    exports io.stowage.domain.object;
    exports io.stowage.domain.access;
    exports io.stowage.domain.share;
    exports io.stowage.domain.event;
    exports io.stowage.domain.image;
}
