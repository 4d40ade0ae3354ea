package org.peelkit.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peelkit.model.Assessment;

/**
 * What the extractor read from a report: the assessment (marked {@code partial}, since a report's
 * text rarely gives every judgment), the line behind every value, and notes on what it could not
 * place.
 *
 * <pre>{@code
 * Extraction e = ReportExtractor.standard().extract(Path.of("report.txt"));
 * e.assessment().ifPresent(a -> System.out.println(PeelJson.standard().write(a)));
 * e.notes().forEach(System.err::println);
 * }</pre>
 *
 * @param source     the report's file name or other description
 * @param assessment the assessment, when the force and cycle could be recognised
 * @param provenance the line behind each extracted value
 * @param notes      what could not be placed, and conflicts
 */
public record Extraction(String source, Optional<Assessment> assessment, List<Provenance> provenance,
                         List<ExtractionNote> notes) {

    /** Checks that nothing is null, and copies the lists. */
    public Extraction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(assessment, "assessment");
        provenance = List.copyOf(provenance);
        notes = List.copyOf(notes);
    }

    /**
     * @param path a JSON Pointer into the assessment
     * @return the line the value at that pointer came from
     */
    public Optional<Provenance> provenanceOf(String path) {
        return provenance.stream().filter(p -> p.path().equals(path)).findFirst();
    }
}
