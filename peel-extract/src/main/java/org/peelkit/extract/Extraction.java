package org.peelkit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Judgment;

/**
 * What the extractor read from one page, or from several pages of one force and cycle: the
 * assessment (marked {@code partial}, since pages rarely give every judgment), the place behind
 * every value, and notes on what it could not place or found in conflict.
 *
 * <pre>{@code
 * Extraction e = ReportExtractor.standard().extract(Path.of("kent-2017.txt"));
 * e.assessment().ifPresent(a -> System.out.println(PeelJson.standard().write(a)));
 * e.provenanceOf("/judgments/0/grade");      // Optional[Provenance[path=/judgments/0/grade, source=kent-2017.txt, at=11:1, ...]]
 * e.notes().forEach(n -> System.err.println(n.format()));
 * e.compareWith(dataset).forEach(d -> System.out.println(d.message()));
 * }</pre>
 *
 * @param pages      the pages read, by name
 * @param assessment the assessment, when the force and cycle could be told
 * @param provenance the place behind each extracted value
 * @param notes      what could not be placed, and conflicts
 */
public record Extraction(List<String> pages, Optional<Assessment> assessment, List<Provenance> provenance,
                         List<ExtractionNote> notes) {

    /**
     * Checks that nothing is null, and copies the lists.
     *
     * @param pages the pages read, by name
     * @param assessment the assessment, when the force and cycle could be told
     * @param provenance the place behind each extracted value
     * @param notes what could not be placed, and conflicts
     */
    public Extraction {
        pages = List.copyOf(pages);
        Objects.requireNonNull(assessment, "assessment");
        provenance = List.copyOf(provenance);
        notes = List.copyOf(notes);
    }

    /**
     * @param path a JSON Pointer into the assessment
     * @return the place the value at that pointer came from
     */
    public Optional<Provenance> provenanceOf(String path) {
        return provenance.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    /** @return whether a conflict was found or a required judgment is missing */
    public boolean isIncomplete() {
        return assessment.isEmpty() || notes.stream()
                .anyMatch(n -> n.kind() == ExtractionNote.Kind.CONFLICT || n.kind() == ExtractionNote.Kind.MISSING);
    }

    /**
     * Compares each extracted judgment with EVERY assessment of the data for the same force and
     * cycle (a duplicate that disagrees is not hidden by one that agrees).
     *
     * @param data the data to check
     * @return each disagreement, in the data's order; empty when all agree
     */
    public List<Disagreement> compareWith(Dataset data) {
        List<Disagreement> out = new ArrayList<>();
        if (assessment.isEmpty()) {
            return out;
        }
        Assessment read = assessment.get();
        for (Assessment a : data.assessments()) {
            if (!a.force().equals(read.force()) || !a.cycle().equals(read.cycle())) {
                continue;
            }
            for (int i = 0; i < read.judgments().size(); i++) {
                Judgment r = read.judgments().get(i);
                Optional<Provenance> where = provenanceOf("/judgments/" + i + (r.grade().isPresent() ? "/grade" : "/status"));
                Disagreement.between(a, a.judgment(r.question()), r, where).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * @param data the data to check
     * @return the number of the data's assessments of this force and cycle
     */
    public long matchingAssessments(Dataset data) {
        return assessment.map(read -> data.assessments().stream()
                .filter(a -> a.force().equals(read.force()) && a.cycle().equals(read.cycle())).count()).orElse(0L);
    }
}
