package io.stowage.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.testing.InMemoryBlobStore;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.VolumeName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.StorageUnavailable;
import io.stowage.domain.value.VersionId;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Picking a bucket's volume and routing each blob to its volume's store. */
class VolumesTest {

    private static final VolumeName HOT = new VolumeName("hot");
    private static final VolumeName COLD = new VolumeName("cold");

    private final InMemoryBlobStore hot = new InMemoryBlobStore();
    private final InMemoryBlobStore cold = new InMemoryBlobStore();
    private final Volumes volumes = new Volumes(List.of(ServiceHarness.volume(HOT, hot),
            ServiceHarness.volume(COLD, cold)), HOT);

    @Test
    void aBucketWithoutAChoiceGetsTheDefaultAndAChoiceMustExist() {
        assertEquals(HOT, volumes.resolve(Optional.empty()));
        assertEquals(COLD, volumes.resolve(Optional.of(COLD)));
        InvalidRequest unknown = assertThrows(InvalidRequest.class,
                () -> volumes.resolve(Optional.of(new VolumeName("archive"))));
        assertEquals("Unknown volume 'archive'", unknown.getMessage());
    }

    @Test
    void eachBlobGoesToTheStoreOfItsVolume() {
        BlobLocation onCold = new BlobLocation(COLD, new BucketName("b1"), VersionId.random());
        volumes.put(onCold, new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);

        assertEquals(0, hot.blobCount());
        assertTrue(cold.contains(onCold));
        assertTrue(volumes.exists(onCold));
        assertEquals(3, volumes.open(onCold).size());
        volumes.delete(onCold);
        assertEquals(0, cold.blobCount());
    }

    @Test
    void aLocationOnAVolumeThisServerLacksIsUnavailableNotMissing() {
        BlobLocation elsewhere = new BlobLocation(new VolumeName("gone"), new BucketName("b1"), VersionId.random());
        assertThrows(StorageUnavailable.class, () -> volumes.open(elsewhere));
    }

    @Test
    void theDefaultMustBeOneOfTheVolumesAndNamesAreUnique() {
        assertThrows(IllegalArgumentException.class,
                () -> new Volumes(List.of(ServiceHarness.volume(HOT, hot)), COLD));
        assertThrows(IllegalArgumentException.class,
                () -> new Volumes(List.of(ServiceHarness.volume(HOT, hot), ServiceHarness.volume(HOT, cold)), HOT));
    }

    @Test
    void closingClosesEveryVolumeEvenWhenOneFails() {
        List<String> closed = new ArrayList<>();
        Volumes both = new Volumes(List.of(
                new Volumes.Volume(HOT, "memory", hot, ServiceHarness.volume(HOT, hot).probe(), () -> {
                    closed.add("hot");
                    throw new IllegalStateException("stuck");
                }),
                new Volumes.Volume(COLD, "memory", cold, ServiceHarness.volume(COLD, cold).probe(),
                        () -> closed.add("cold"))), HOT);

        IllegalStateException failure = assertThrows(IllegalStateException.class, both::close);

        assertEquals("stuck", failure.getMessage());
        assertEquals(List.of("hot", "cold"), closed);
    }
}
