package io.stowage.application.testing;

import io.stowage.application.port.out.BlobStore;

/** Holds the in-memory fake to the same contract as the real blob stores, so application tests can trust it. */
class InMemoryBlobStoreContractTest extends BlobStoreContract {

    private final InMemoryBlobStore store = new InMemoryBlobStore();

    @Override
    protected BlobStore store() {
        return store;
    }
}
