package org.peelkit.io;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Counted;
import org.peelkit.model.Dataset;
import org.peelkit.model.Finding;

/**
 * One document, whatever it was read from: a PEEL JSON document of either shape, one JSON Lines
 * record, a CSV grade table, or a {@link Dataset} built in code. It carries the data, its
 * {@link Shape}, every problem met while reading, and an index that answers the JSON Pointer and
 * the {@link Location} of every node. Every reader returns it and the validator takes it.
 * Locations are worked out the first time one is asked for, so a clean read never pays for them.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * PeelDocument doc = PeelJson.standard().readDocument(Path.of("metropolitan-dataset.json"));
 * doc.problems().forEach(p -> System.err.println(doc.source() + ":" + p.location() + ": " + p.message()));
 * Judgment j = doc.dataset().assessments().get(0).judgments().get(3);
 * doc.pointerOf(j);    // Optional["/assessments/0/judgments/3"]
 * doc.locationOf(j);   // Optional[41:7]
 * }</pre>
 */
public final class PeelDocument {

    /** What kind of document it is; pointers follow from it. */
    public enum Shape {
        /** A PEEL JSON assessment document: the assessment is at {@code ""}. */
        ASSESSMENT,
        /** A PEEL JSON dataset document: assessments at {@code /assessments/N}, monitoring at {@code /monitoring/N}. */
        DATASET,
        /** One line of a JSON Lines file: an assessment at {@code ""}, located on the file's line. */
        JSON_LINES_RECORD,
        /** Every line of a JSON Lines file gathered into one dataset; problems are located, values are not. */
        JSON_LINES,
        /** A CSV grade table: row N (from 0, after the header) at {@code /N}, its cells at {@code /N/column}. */
        GRADE_TABLE
    }

    private final String source;
    private final Shape shape;
    private final Dataset dataset;
    private final boolean read;
    private final List<ReadProblem> problems;
    private final NodeIndex index;
    private Map<Object, Place> places;

    PeelDocument(String source, Shape shape, Optional<Dataset> dataset, List<ReadProblem> problems, NodeIndex index) {
        this.source = Objects.requireNonNull(source, "source");
        this.shape = Objects.requireNonNull(shape, "shape");
        this.read = dataset.isPresent();
        this.dataset = dataset.orElse(Dataset.of(List.of()));
        this.problems = List.copyOf(problems);
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * @param assessment an assessment built in code
     * @return it as an assessment document with no source: pointers as in one, no locations
     */
    public static PeelDocument of(Assessment assessment) {
        return new PeelDocument("assessment", Shape.ASSESSMENT, Optional.of(Dataset.of(List.of(assessment))), List.of(),
                NodeIndex.EMPTY);
    }

    /**
     * @param dataset a dataset built in code
     * @return it as a dataset document with no source: pointers as in one, no locations
     */
    public static PeelDocument of(Dataset dataset) {
        return new PeelDocument("dataset", Shape.DATASET, Optional.of(dataset), List.of(), NodeIndex.EMPTY);
    }

    /** @return the file name or other description of the input ({@code "dataset"} for data built in code) */
    public String source() {
        return source;
    }

    /** @return what kind of document it is */
    public Shape shape() {
        return shape;
    }

    /** @return the data that could be read; empty when not even the document's top level could */
    public Dataset dataset() {
        return dataset;
    }

    /** @return the assessment of an assessment document or JSON Lines record, when it could be read */
    public Optional<Assessment> assessment() {
        boolean one = shape == Shape.ASSESSMENT || shape == Shape.JSON_LINES_RECORD;
        return one && dataset.assessments().size() == 1 ? Optional.of(dataset.assessments().get(0)) : Optional.empty();
    }

    /** @return every problem met while reading, in document order */
    public List<ReadProblem> problems() {
        return problems;
    }

    /** @return whether the document was read whole, without any problem */
    public boolean isClean() {
        return problems.isEmpty() && read;
    }

    /**
     * @param pointer a JSON Pointer into the document
     * @return where the value at that pointer starts; empty for data built in code or a pointer to nothing
     */
    public Optional<Location> location(String pointer) {
        return index.location(pointer);
    }

    /** @return the top of the document */
    public Place root() {
        return Place.root(index, shape == Shape.ASSESSMENT || shape == Shape.JSON_LINES_RECORD
                ? (dataset.assessments().isEmpty() ? dataset : dataset.assessments().get(0)) : dataset);
    }

    /**
     * @param position an index into {@code dataset().assessments()}
     * @return where that assessment stands
     */
    public Place assessmentAt(int position) {
        Assessment a = dataset.assessments().get(position);
        if ((shape == Shape.ASSESSMENT || shape == Shape.JSON_LINES_RECORD) && position == 0) {
            return Place.root(index, a);
        }
        return Place.root(index, dataset).element("assessments", position, a);
    }

    /**
     * @param position an index into {@code dataset().monitoring()}
     * @return where that monitoring period stands
     */
    public Place monitoringAt(int position) {
        return Place.root(index, dataset).element("monitoring", position, dataset.monitoring().get(position));
    }

    /**
     * @param node a model object of this document (compared by identity): an assessment, judgment,
     *             finding, recommendation, metric or monitoring period
     * @return its JSON Pointer; empty for an object not in this document
     */
    public Optional<String> pointerOf(Object node) {
        return placeOf(node).map(Place::pointer);
    }

    /**
     * @param node a model object of this document (compared by identity)
     * @return where it starts in the input; empty for data built in code
     */
    public Optional<Location> locationOf(Object node) {
        return placeOf(node).flatMap(Place::location);
    }

    /**
     * @param node a model object of this document (compared by identity)
     * @return where it stands; the whole document is walked once, the first time this is asked
     */
    public Optional<Place> placeOf(Object node) {
        return Optional.ofNullable(places().get(node));
    }

    /**
     * @param node a model object of this document (compared by identity)
     * @return whether reading built it without a value that could not be read (a wrong JSON type, an
     *     unknown word, an element left out of one of its lists), so that rules would judge a
     *     different object than the input holds
     */
    public boolean isIncomplete(Object node) {
        return index.isIncomplete(node);
    }

    private synchronized Map<Object, Place> places() {
        if (places == null) {
            Map<Object, Place> all = new IdentityHashMap<>();
            for (int i = 0; i < dataset.assessments().size(); i++) {
                Assessment a = dataset.assessments().get(i);
                Place at = assessmentAt(i);
                all.putIfAbsent(a, at);
                for (int k = 0; k < a.judgments().size(); k++) {
                    all.putIfAbsent(a.judgments().get(k), at.element("judgments", k, a.judgments().get(k)));
                }
                for (int k = 0; k < a.findings().size(); k++) {
                    Finding f = a.findings().get(k);
                    Place fat = at.element("findings", k, f);
                    all.putIfAbsent(f, fat);
                    if (f instanceof CauseOfConcern c) {
                        for (int r = 0; r < c.recommendations().size(); r++) {
                            all.putIfAbsent(c.recommendations().get(r), fat.element("recommendations", r,
                                    c.recommendations().get(r)));
                        }
                    }
                }
                for (int k = 0; k < a.metrics().size(); k++) {
                    all.putIfAbsent(a.metrics().get(k), at.element("metrics", k, a.metrics().get(k)));
                }
            }
            for (int i = 0; i < dataset.monitoring().size(); i++) {
                all.putIfAbsent(dataset.monitoring().get(i), monitoringAt(i));
            }
            places = all;
        }
        return places;
    }

    @Override
    public String toString() {
        return source + " (" + shape + ", " + Counted.of(dataset.assessments().size(), "assessment") + ", " + Counted.of(problems.size(), "problem") + ")";
    }
}
