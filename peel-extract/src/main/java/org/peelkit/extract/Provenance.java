package org.peelkit.extract;

import java.util.Objects;
import org.peelkit.io.Location;

/**
 * Where an extracted value came from: its JSON Pointer in the extracted assessment, the page, the
 * place on the page and that line's text.
 *
 * <pre>{@code
 * Provenance p = extraction.provenanceOf("/judgments/4/grade").orElseThrow();
 * p.at().line();  // 184
 * p.text();       // "Inadequate"
 * }</pre>
 *
 * @param path   JSON Pointer into the extracted assessment
 * @param source the page
 * @param at     line and column on the page
 * @param text   that line
 */
public record Provenance(String path, String source, Location at, String text) {

    /**
     * Checks that nothing is null.
     *
     * @param path JSON Pointer into the extracted assessment
     * @param source the page
     * @param at line and column on the page
     * @param text that line
     */
    public Provenance {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }

    /** @return {@code source:line:column} */
    public String place() {
        return source + ":" + at;
    }
}
