package org.peelkit.io;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a read document stood: JSON Pointer to line and column, and each model
 * object read (an assessment, a judgment, a finding, a metric) to its JSON Pointer. Validators use
 * it to locate their findings, also when a bad element was left out and list indices shifted.
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
    public static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of());

    /**
     * A place in the input.
     *
     * @param line   the line, from 1
     * @param column the column, from 1, counted in characters
     */
    public record Location(long line, long column) {
    }

    private final Map<String, Location> locations;
    private final Map<Object, String> pointers;

    SourceMap(Map<String, Location> locations, Map<Object, String> pointers) {
        this.locations = locations;
        this.pointers = pointers;
    }

    static SourceMap collecting() {
        return new SourceMap(new HashMap<>(), new IdentityHashMap<>());
    }

    void put(String pointer, long line, long column) {
        locations.put(pointer, new Location(line, column));
    }

    void bind(Object modelObject, String pointer) {
        pointers.put(modelObject, pointer);
    }

    /**
     * @param pointer a JSON Pointer into the document
     * @return where the value at that pointer started
     */
    public Optional<Location> location(String pointer) {
        return Optional.ofNullable(locations.get(pointer));
    }

    /**
     * @param modelObject an object of the model read from this document (compared by identity)
     * @return the JSON Pointer it was read from
     */
    public Optional<String> pointerOf(Object modelObject) {
        return Optional.ofNullable(pointers.get(modelObject));
    }
}
