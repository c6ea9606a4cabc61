package io.stowage.adapter.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.application.port.out.BlobStore;
import io.stowage.application.testing.BlobStoreContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Holds the filesystem store to the blob store contract, on real files, and checks no temp file survives. */
class FsBlobStoreContractTest extends BlobStoreContract {

    @TempDir
    Path root;

    private FsBlobStore store;

    @BeforeEach
    void createStore() {
        store = new FsBlobStore(root);
    }

    @AfterEach
    void noTempFileSurvivesAnyOutcome() throws IOException {
        assertEquals(List.of(), FsTestFiles.tempFiles(root));
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Override
    protected boolean runsHundredMebibyteRoundTrip() {
        return true;
    }
}
