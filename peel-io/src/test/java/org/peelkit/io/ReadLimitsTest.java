package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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

    private static final String HEAD = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], ";

    @Test
    void aDocumentOfExactlyTheSizeLimitIsReadAndOneByteMoreIsNot() {
        String doc = HEAD.substring(0, HEAD.length() - 2) + "}";
        PeelJson exact = PeelJson.withLimits(new ReadLimits(32, 100, 100, 100, doc.length()));
        assertEquals(List.of(), exact.readDocument(new java.io.ByteArrayInputStream(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "d.json").problems());
        PeelReadException e = assertThrows(PeelReadException.class, () -> exact.readDocument(
                new java.io.ByteArrayInputStream((doc + " ").getBytes(java.nio.charset.StandardCharsets.UTF_8)), "d.json"));
        assertEquals("d.json: Document is larger than the limit of " + doc.length() + " bytes", e.getMessage());
        assertEquals(List.of(), exact.readDocument(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8), "d.json").problems());
        PeelReadException bytes = assertThrows(PeelReadException.class,
                () -> exact.readDocument((doc + " ").getBytes(java.nio.charset.StandardCharsets.UTF_8), "d.json"));
        assertEquals("d.json: Document is larger than the limit of " + doc.length() + " bytes", bytes.getMessage(),
                "bytes given whole are held to the same limit, in the same words");
    }
}
