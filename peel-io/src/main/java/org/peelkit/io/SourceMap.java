package org.peelkit.io;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where each value of a read document stood: JSON Pointer to line and column, and the JSON Pointer
 * of each model object whose position in the model does not give it (the top-level assessment, and
 * elements after a bad element was left out of their list, so that indices shifted). Validators use
 * it to locate their findings.
 *
 * <p>Locations are worked out the first time one is asked for, by reading the document's text
 * once more, so reading valid data never pays for them. Safe to share between threads.
 *
 * <pre>{@code
 * ReadResult<Assessment> r = PeelJson.standard().readAssessment(path);
 * Judgment j = r.value().orElseThrow().judgments().get(3);
 * String pointer = r.sourceMap().pointerOf(j).orElse("/judgments/3");
 * r.sourceMap().location(pointer + "/grade"); // Optional[Location[line=9, column=42]]
 * }</pre>
 */
public final class SourceMap {

    /** An empty map, for objects not read from text. */
    public static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of(), null);

    /**
     * A place in the input.
     *
     * @param line   the line, from 1
     * @param column the column, from 1, counted in characters
     */
    public record Location(long line, long column) {
    }

    private final Map<String, Location> known;
    private volatile Map<Object, String> pointers;
    private final Supplier<Map<String, Location>> index;
    private Map<String, Location> built;

    private SourceMap(Map<String, Location> known, Map<Object, String> pointers, Supplier<Map<String, Location>> index) {
        this.known = known;
        this.pointers = pointers;
        this.index = index;
    }

    /** A map whose locations are put in as they are read (for small inputs, such as CSV rows). */
    static SourceMap collecting() {
        return new SourceMap(new HashMap<>(), new IdentityHashMap<>(), null);
    }

    /** A map whose locations are worked out from the text when first asked for. */
    static SourceMap lazy(Supplier<Map<String, Location>> index) {
        return new SourceMap(Map.of(), null, index);
    }

    void put(String pointer, long line, long column) {
        known.put(pointer, new Location(line, column));
    }

    void bind(Object modelObject, String pointer) {
        if (pointers == null) {
            pointers = new IdentityHashMap<>();
        }
        pointers.put(modelObject, pointer);
    }

    /**
     * @param pointer a JSON Pointer into the document
     * @return where the value at that pointer started
     */
    public Optional<Location> location(String pointer) {
        Location at = known.get(pointer);
        if (at != null || index == null) {
            return Optional.ofNullable(at);
        }
        return Optional.ofNullable(index().get(pointer));
    }

    private synchronized Map<String, Location> index() {
        if (built == null) {
            built = index.get();
        }
        return built;
    }

    /**
     * @param modelObject an object of the model read from this document (compared by identity)
     * @return the JSON Pointer it was read from, when its position in the model does not give it
     */
    public Optional<String> pointerOf(Object modelObject) {
        return pointers == null ? Optional.empty() : Optional.ofNullable(pointers.get(modelObject));
    }
}
