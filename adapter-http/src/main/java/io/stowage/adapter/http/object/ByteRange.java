package io.stowage.adapter.http.object;

/** One satisfiable byte range of an object: its first byte and how many bytes it covers. */
record ByteRange(long offset, long length) {

    ByteRange {
        if (offset < 0 || length < 1) {
            throw new IllegalArgumentException("not a byte range: offset " + offset + ", length " + length);
        }
    }

    long last() {
        return offset + length - 1;
    }

    /** The Content-Range value of a 206 answer. */
    String contentRange(long size) {
        return "bytes " + offset + "-" + last() + "/" + size;
    }
}
