package org.peelkit.io;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a reader noted about where a document's values stood: the JSON Pointer of each model object
 * whose position in the model does not give it (after a bad element was left out of its list, or a
 * CSV row), the objects built without a value that could not be read, and the location of every
 * value by JSON Pointer. The maps are made only when something is noted; locations of JSON text
 * are worked out the first time one is asked for, by reading the text once more, so that a clean
 * read pays for none of it. Safe to share between threads once reading is done.
 */
final class NodeIndex {

    /** An index with nothing in it, for data built in code. */
    static final NodeIndex EMPTY = new NodeIndex(null, null);

    private final Map<String, Location> known;
    private final Supplier<Map<String, Location>> text;
    private Map<Object, String> bound;
    private Map<Object, Boolean> incomplete;
    private Map<String, Location> built;

    private NodeIndex(Map<String, Location> known, Supplier<Map<String, Location>> text) {
        this.known = known;
        this.text = text;
    }

    /** An index whose locations are put in as they are read (for small inputs, such as CSV rows). */
    static NodeIndex collecting() {
        return new NodeIndex(new HashMap<>(), null);
    }

    /** An index whose locations are worked out from the text when first asked for. */
    static NodeIndex lazy(Supplier<Map<String, Location>> text) {
        return new NodeIndex(null, text);
    }

    void put(String pointer, Location at) {
        known.put(pointer, at);
    }

    void bind(Object node, String pointer) {
        if (bound == null) {
            bound = new IdentityHashMap<>();
        }
        bound.put(node, pointer);
    }

    void incomplete(Object node) {
        if (incomplete == null) {
            incomplete = new IdentityHashMap<>();
        }
        incomplete.put(node, Boolean.TRUE);
    }

    Optional<String> bound(Object node) {
        return bound == null ? Optional.empty() : Optional.ofNullable(bound.get(node));
    }

    boolean isIncomplete(Object node) {
        return incomplete != null && incomplete.containsKey(node);
    }

    Optional<Location> location(String pointer) {
        if (known != null) {
            return Optional.ofNullable(known.get(pointer));
        }
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(textIndex().get(pointer));
    }

    private synchronized Map<String, Location> textIndex() {
        if (built == null) {
            built = text.get();
        }
        return built;
    }
}
