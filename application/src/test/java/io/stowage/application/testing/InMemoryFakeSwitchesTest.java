package io.stowage.application.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.WriteCondition;
import io.stowage.application.port.out.WriteConflict;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.VersionId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each failure switch of the fakes fires once, changes nothing, and then the fake behaves normally again. */
class InMemoryFakeSwitchesTest {

    private static final BucketName BUCKET = new BucketName("photos");

    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final InMemoryObjectCatalog objects = new InMemoryObjectCatalog();

    private static BlobLocation location() {
        return new BlobLocation(BUCKET, VersionId.random());
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void failNextPutFiresOnceWithoutReadingOrKeeping() {
        IllegalStateException failure = new IllegalStateException("volume full");
        blobs.failNextPut(failure);
        BlobLocation first = location();
        assertSame(failure, assertThrows(IllegalStateException.class, () -> blobs.put(first, new UnreadableStream(), 9)));
        assertFalse(blobs.contains(first));
        BlobLocation second = location();
        assertEquals(3, blobs.put(second, bytes("abc"), 9).size());
        assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), blobs.bytesOf(second));
    }

    @Test
    void failNextDeleteAndOpenFireOnceAndKeepTheBlob() {
        BlobLocation location = location();
        blobs.put(location, bytes("abc"), 9);
        IllegalStateException deleteFailure = new IllegalStateException("delete");
        IllegalStateException openFailure = new IllegalStateException("open");
        blobs.failNextDelete(deleteFailure);
        blobs.failNextOpen(openFailure);

        assertSame(deleteFailure, assertThrows(IllegalStateException.class, () -> blobs.delete(location)));
        assertSame(openFailure, assertThrows(IllegalStateException.class, () -> blobs.open(location)));
        assertTrue(blobs.contains(location));
        assertEquals(3, blobs.open(location).size());
        blobs.delete(location);
        assertEquals(0, blobs.blobCount());
    }

    @Test
    void aSourceFailingAtTheFirstByteIsAnInvalidRequestAndKeepsNothing() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        BlobLocation location = location();
        assertThrows(InvalidRequest.class, () -> blobs.put(location, broken, 9));
        assertEquals(0, blobs.blobCount());
    }

    @Test
    void failNextCommitAndRemoveFireOnceAndChangeNothing() {
        StoredObject object = ObjectCatalogContract.object(BUCKET, "k", Optional.empty(), 0, 0);
        IllegalStateException commitFailure = new IllegalStateException("commit");
        objects.failNextCommit(commitFailure);
        assertSame(commitFailure, assertThrows(IllegalStateException.class,
                () -> objects.commit(object, WriteCondition.absent())));
        assertEquals(0, objects.objectCount());

        objects.commit(object, WriteCondition.absent());
        IllegalStateException removeFailure = new IllegalStateException("remove");
        objects.failNextRemove(removeFailure);
        assertSame(removeFailure, assertThrows(IllegalStateException.class, () -> objects.remove(object)));
        assertEquals(Optional.of(object), objects.find(BUCKET, object.key()));
        assertTrue(objects.remove(object));
        assertFalse(objects.hasObjects(BUCKET));
    }

    @Test
    void failNextCommitAfterApplyingKeepsTheCommittedRow() {
        StoredObject object = ObjectCatalogContract.object(BUCKET, "k", Optional.empty(), 0, 0);
        IllegalStateException ackLost = new IllegalStateException("ack lost");
        objects.failNextCommitAfterApplying(ackLost);
        assertSame(ackLost, assertThrows(IllegalStateException.class,
                () -> objects.commit(object, WriteCondition.absent())));
        assertEquals(Optional.of(object), objects.find(BUCKET, object.key()));
    }

    @Test
    void beforeNextCommitRunsOnceBeforeTheConditionIsChecked() {
        StoredObject mine = ObjectCatalogContract.object(BUCKET, "k", Optional.empty(), 0, 0);
        StoredObject theirs = ObjectCatalogContract.object(BUCKET, "k", Optional.empty(), 1, 1);
        objects.beforeNextCommit(() -> objects.commit(theirs, WriteCondition.absent()));
        assertThrows(WriteConflict.class,
                () -> objects.commit(mine, WriteCondition.absent()));
        assertEquals(Optional.of(theirs), objects.find(BUCKET, mine.key()));
    }
}
