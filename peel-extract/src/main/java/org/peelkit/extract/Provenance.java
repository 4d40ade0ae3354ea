package org.peelkit.extract;

import java.util.Objects;

/**
 * Where an extracted value came from: its JSON Pointer in the extracted assessment, and the line of
 * the report text that gave it.
 *
 * <pre>{@code
 * // Provenance[path=/judgments/0/grade, line=3, text=The extent to which the force is effective ... requires improvement.]
 * }</pre>
 *
 * @param path JSON Pointer into the extracted assessment
 * @param line the report line, from 1
 * @param text that line
 */
public record Provenance(String path, int line, String text) {

    /** Checks that nothing is null. */
    public Provenance {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
