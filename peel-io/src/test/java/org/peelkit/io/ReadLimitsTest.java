package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void aLimitBelowOneIsAMisconfigurationNamedWhenTheLimitsAreBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReadLimits(32, 1000, 0, 100, 100));
        assertEquals("maxNumberLength must be at least 1, not 0", e.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> new ReadLimits(32, 1000, 100, 100, -5));
        assertEquals("maxDocumentLength must be at least 1, not -5", size.getMessage());
    }

    @Test
    void theDefaultsAreValid() {
        assertEquals(32, ReadLimits.DEFAULT.maxNestingDepth());
    }
}
