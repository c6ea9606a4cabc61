package io.stowage.adapter.http.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BucketLabelsTest {

    @Test
    void aNameBecomesALabelOnlyOnceARequestOnItSucceeded() {
        BucketLabels labels = new BucketLabels(10);
        assertEquals(BucketLabels.OTHER, labels.label("made-up", 404));
        assertEquals("photos", labels.label("photos", 200));
        // the bucket exists: its failures count under its own name from now on
        assertEquals("photos", labels.label("photos", 404));
        assertEquals(BucketLabels.OTHER, labels.label("made-up", 400));
        assertEquals(BucketLabels.OTHER, labels.label(null, 200));
    }

    @Test
    void theNumberOfLabelsIsCapped() {
        BucketLabels labels = new BucketLabels(2);
        assertEquals("a", labels.label("a", 200));
        assertEquals("b", labels.label("b", 201));
        assertEquals(BucketLabels.OTHER, labels.label("c", 200));
        assertEquals("a", labels.label("a", 500));
    }
}
