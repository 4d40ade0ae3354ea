package org.peelkit.io;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test shorthand: read text written in a test as the UTF-8 bytes a file would hold. */
final class Reads {

    private Reads() {
    }

    static PeelDocument assessment(PeelJson json, String text, String source) {
        return json.readAssessment(text.getBytes(StandardCharsets.UTF_8), source);
    }

    static PeelDocument assessment(PeelJson json, InputStream in, String source) {
        return json.readAssessment(in, source);
    }

    static PeelDocument assessment(PeelJson json, Path file) {
        return json.readAssessment(file);
    }

    static PeelDocument dataset(PeelJson json, String text, String source) {
        return json.readDataset(text.getBytes(StandardCharsets.UTF_8), source);
    }

    static PeelDocument document(PeelJson json, String text, String source) {
        return json.readDocument(text.getBytes(StandardCharsets.UTF_8), source);
    }

    static PeelDocument document(PeelJson json, InputStream in, String source) {
        return json.readDocument(in, source);
    }

    static PeelDocument document(PeelJson json, Path file) {
        return json.readDocument(file);
    }
}
