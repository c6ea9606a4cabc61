package io.stowage.adapter.http.observe;

/**
 * What a request did, by the route it matched: a stable name for logs ({@code object.upload}) and
 * whether its body moved an object's bytes, which the transfer metrics count.
 */
record Operation(String name, Transfer transfer) {

    /** Which way an operation moves an object's bytes, if at all. */
    enum Transfer { UPLOAD, DOWNLOAD, NONE }

    /** A request that matched no route (404, 405): it names no operation of ours. */
    static final Operation UNMATCHED = new Operation("unmatched", Transfer.NONE);

    static Operation of(String name) {
        return new Operation(name, Transfer.NONE);
    }
}
