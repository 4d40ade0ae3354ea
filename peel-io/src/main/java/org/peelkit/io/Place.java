package org.peelkit.io;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a node of a {@link PeelDocument} stands: a model object (an assessment, a judgment, a
 * finding...) or one of its fields. It answers the node's RFC 6901 JSON Pointer and its location in
 * the input, both worked out only when asked, so that walking clean data builds no string. Rules get
 * places from {@code RuleContext}'s traversal and report at them; nothing concatenates pointers.
 * Immutable.
 *
 * <pre>{@code
 * Place judgment = document.assessmentAt(0).element("judgments", 3, j);
 * judgment.field("grade").pointer();   // "/judgments/3/grade"
 * judgment.field("grade").location();  // Optional[9:41]; empty for data built in code
 * }</pre>
 */
public final class Place {

    private final NodeIndex index;
    private final Place parent;
    private final String name;
    private final int position;
    private final Object node;

    private Place(NodeIndex index, Place parent, String name, int position, Object node) {
        this.index = index;
        this.parent = parent;
        this.name = name;
        this.position = position;
        this.node = node;
    }

    /** The top of a document, holding {@code node}. */
    static Place root(NodeIndex index, Object node) {
        return new Place(index, null, null, -1, node);
    }

    /**
     * @param field a field of this node, e.g. {@code "grade"}
     * @return where that field stands
     */
    public Place field(String field) {
        return new Place(index, this, Objects.requireNonNull(field, "field"), -1, null);
    }

    /**
     * @param list    the list field of this node, e.g. {@code "judgments"}
     * @param element the element's index in the model's list
     * @param value   the model object there
     * @return where that element stands (where it was read from, when a bad element before it was left out)
     */
    public Place element(String list, int element, Object value) {
        return new Place(index, this, Objects.requireNonNull(list, "list"), element, Objects.requireNonNull(value, "value"));
    }

    /**
     * @param item an index into this field's list of plain values, e.g. a monitoring period's reasons
     * @return where that value stands
     */
    public Place item(int item) {
        return new Place(index, this, null, item, null);
    }

    /** @return the model object this place is, or whose field it is */
    public Object node() {
        return node != null ? node : parent.node;
    }

    /** @return the field's name, when this place is a field rather than a model object */
    public Optional<String> field() {
        if (node != null) {
            return Optional.empty();
        }
        return name != null ? Optional.of(name) : parent.field().map(f -> f + "/" + position);
    }

    /**
     * @return for a model object that is an element of a list, the list: the place of the field
     *     holding it ({@code /judgments} for {@code /judgments/3}); for a field, its object's list
     */
    public Optional<Place> list() {
        if (node == null) {
            return parent.list();
        }
        return parent == null || name == null ? Optional.empty() : Optional.of(parent.field(name));
    }

    /** @return the enclosing place; empty at the top of the document */
    public Optional<Place> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * @param other another place
     * @return whether both name the same value: the same model object (by identity) and the same field
     */
    public boolean isSameValue(Place other) {
        return node() == other.node() && field().equals(other.field());
    }

    /** @return the JSON Pointer of this place in its document ({@code ""} is the whole document) */
    public String pointer() {
        if (node != null) {
            Optional<String> bound = index.bound(node);
            if (bound.isPresent()) {
                return bound.get();
            }
        }
        if (parent == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(parent.pointer());
        if (name != null) {
            s.append('/').append(JsonCursor.escape(name));
        }
        if (node != null || name == null) {
            s.append('/').append(position);
        }
        return s.toString();
    }

    /**
     * @return where this place starts in the input; for a field the input leaves out, where its
     *     object starts; empty only for data built in code
     */
    public Optional<Location> location() {
        Optional<Location> at = index.location(pointer());
        if (at.isPresent() || parent == null) {
            return at;
        }
        return parent.location();
    }

    /** @return the JSON Pointer */
    @Override
    public String toString() {
        return pointer();
    }
}
