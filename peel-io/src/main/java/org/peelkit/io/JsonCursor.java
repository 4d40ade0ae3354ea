package org.peelkit.io;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.peelkit.model.PartialDate;
import org.peelkit.model.PeelParseException;
import org.peelkit.model.Quoted;
import org.peelkit.model.Vocabulary;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Walks a parser token by token, keeping the path to the current value, and turning every type
 * mismatch, null, duplicate key and unknown word into a located {@link ReadProblem} instead of an
 * exception. JSON Pointers are built only when a problem or a model object needs one. Not
 * thread-safe: one per document.
 */
final class JsonCursor {

    /** Largest number of digits before or after the decimal point a number may have. */
    private static final int MAX_DIGITS = 18;

    /** Turns the column a parser reports into a character column: identity for text, a conversion for UTF-8 bytes. */
    interface Columns {
        /** Columns of a parser reading characters. */
        Columns CHARS = (line, column) -> column;

        long column(long line, long parserColumn);
    }

    /** An object being read: where it started and the field names seen so far. */
    static final class Frame {
        long line;
        long rawColumn;
        final List<String> names = new ArrayList<>(8);
        boolean fieldOnPath;
        /** Whether a value of this object could not be read, so that it is built without it. */
        boolean lost;

        /** Starts the frame afresh for an object starting at a place: frames are reused, one per depth. */
        Frame at(long startLine, long startColumn) {
            this.line = startLine;
            this.rawColumn = startColumn;
            names.clear();
            fieldOnPath = false;
            lost = false;
            return this;
        }

        boolean has(String name) {
            int hash = name.hashCode();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if (n == name || (n.hashCode() == hash && n.equals(name))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final JsonParser parser;
    private final List<ReadProblem> problems;
    private final NodeIndex index;
    private final long lineOffset;
    private final Columns columns;
    /**
     * The path to the current value, segment by segment: a field's name, or (name null) an array
     * element's position. Kept as names and numbers; the pointer string is built only when asked for.
     */
    private String[] names = new String[16];
    private int[] positions = new int[16];
    private int depth;
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** Frames to reuse, by depth: the one at a depth is free again once its object is read and a sibling begins. */
    private final List<Frame> spare = new ArrayList<>();
    /** Per open array: how many of its elements were left out so far. */
    private final Deque<int[]> dropped = new ArrayDeque<>();
    private Frame last;

    /**
     * @param lineOffset added to every line the parser reports: for a JSON Lines file, the line
     *                   before the one being parsed
     */
    JsonCursor(JsonParser parser, List<ReadProblem> problems, NodeIndex index, long lineOffset, Columns columns) {
        this.parser = parser;
        this.problems = problems;
        this.index = index;
        this.lineOffset = lineOffset;
        this.columns = columns;
    }

    /** A place as the parser reports it; its column is converted to characters only when reported. */
    record Mark(long line, long rawColumn) {
    }

    private Location located(long parserLine, long rawColumn) {
        return Location.of(parserLine + lineOffset, Math.max(1, columns.column(parserLine, rawColumn)));
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** @return the JSON Pointer of the current value */
    String pointer() {
        if (depth == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder(depth * 12);
        for (int i = 0; i < depth; i++) {
            s.append('/');
            if (names[i] != null) {
                s.append(escape(names[i]));
            } else {
                s.append(positions[i]);
            }
        }
        return s.toString();
    }

    private void push(String name, int position) {
        if (depth == names.length) {
            names = java.util.Arrays.copyOf(names, depth * 2);
            positions = java.util.Arrays.copyOf(positions, depth * 2);
        }
        names[depth] = name;
        positions[depth] = position;
        depth++;
    }

    /**
     * Notes what the index must know of a model object just read from the current value: its
     * pointer, when its position in the model does not give it (after an element of its list was
     * left out), and whether it was built without a value that could not be read.
     */
    void bind(Object modelObject) {
        if (!dropped.isEmpty() && dropped.peek()[0] > 0) {
            index.bind(modelObject, pointer());
        }
        if (last != null && last.lost) {
            index.incomplete(modelObject);
        }
    }

    /** @return where the current token starts */
    Mark here() {
        TokenStreamLocation l = parser.currentTokenLocation();
        return new Mark(l.getLineNr(), l.getColumnNr());
    }

    /** Reports a problem at the current token. */
    void problem(String rule, String message) {
        TokenStreamLocation l = parser.currentTokenLocation();
        problems.add(new ReadProblem(rule, pointer(), located(l.getLineNr(), l.getColumnNr()), message));
        if (rule.equals(ReadProblem.MALFORMED_VALUE) && !frames.isEmpty()) {
            frames.peek().lost = true;
        }
    }

    /** Reports a problem with a field of the object just read, at a given pointer and place. */
    void problem(String rule, String pointer, Mark place, String message) {
        problems.add(new ReadProblem(rule, pointer, located(place.line(), place.rawColumn()), message));
        if (rule.equals(ReadProblem.MALFORMED_VALUE) && last != null) {
            last.lost = true;
        }
    }

    /** Reports a problem with the object just read, at its start. */
    void objectProblem(String message) {
        problems.add(new ReadProblem(ReadProblem.MALFORMED_VALUE, pointer(), located(last.line, last.rawColumn), message));
        last.lost = true;
    }

    /** @return the object {@link #nextField} finished last */
    Frame lastObject() {
        return last;
    }

    /** Skips the current value, with its children. */
    void skip() {
        parser.skipChildren();
    }

    /** Checks that the current value is an object and starts reading its fields; otherwise reports and skips it. */
    boolean beginObject(String what) {
        if (token() != JsonToken.START_OBJECT) {
            problem(ReadProblem.MALFORMED_VALUE, "Expected " + what + " (an object), found " + describe());
            skip();
            return false;
        }
        TokenStreamLocation l = parser.currentTokenLocation();
        int at = frames.size();
        if (spare.size() == at) {
            spare.add(new Frame());
        }
        frames.push(spare.get(at).at(l.getLineNr(), l.getColumnNr()));
        return true;
    }

    /**
     * Moves to the next field of the object begun last, reporting and passing over duplicates and
     * nulls. Leaves the parser on the field's value, and the field on the path.
     *
     * @return the field name, or null at the end of the object
     */
    String nextField() {
        Frame frame = frames.peek();
        while (true) {
            if (frame.fieldOnPath) {
                depth--;
                frame.fieldOnPath = false;
            }
            String name = parser.nextName();
            if (name == null) {
                last = frames.pop();
                return null;
            }
            parser.nextToken();
            push(name, -1);
            frame.fieldOnPath = true;
            if (frame.has(name)) {
                problem(ReadProblem.MALFORMED_VALUE, "Duplicate field " + Quoted.of(name)
                        + ": a field may appear only once in an object");
                skip();
                continue;
            }
            frame.names.add(name);
            if (token() == JsonToken.VALUE_NULL) {
                problem(ReadProblem.MALFORMED_VALUE, "Field " + Quoted.of(name)
                        + " is null: null is never a value in PEEL JSON, leave the field out instead");
                continue;
            }
            return name;
        }
    }

    /** Reports the current field as one the format does not define, and skips it. */
    void unknownField(String name, String where) {
        problem(ReadProblem.UNKNOWN_FIELD, "Unknown field " + Quoted.of(name) + " in " + where + ": PEEL JSON format 1 does not define it");
        skip();
    }

    Optional<String> string() {
        if (token() != JsonToken.VALUE_STRING) {
            return mismatch("a string");
        }
        String text = parser.getString();
        if (Quoted.firstUnpairedSurrogate(text) >= 0) {
            unpairedSurrogate(text);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /**
     * Reports a string holding half of a UTF-16 surrogate pair (only a {@code \}{@code uD800} escape
     * can write one, since the bytes were checked as UTF-8): no encoding can write it, so taking it
     * would lose it silently later.
     */
    private void unpairedSurrogate(String text) {
        int i = Quoted.firstUnpairedSurrogate(text);
        problem(ReadProblem.MALFORMED_VALUE, "Value " + Quoted.of(text) + " holds an unpaired surrogate "
                + String.format(java.util.Locale.ROOT, "\\u%04X", (int) text.charAt(i)) + " at character " + (i + 1)
                + ": half of a UTF-16 pair is not a character, and no encoding can write it");
    }

    Optional<Boolean> bool() {
        JsonToken t = token();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            return mismatch("true or false");
        }
        return Optional.of(t == JsonToken.VALUE_TRUE);
    }

    Optional<BigDecimal> decimal() {
        JsonToken t = token();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return mismatch("a number");
        }
        String text = parser.getString();
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            problem(ReadProblem.MALFORMED_VALUE, "Number " + number(text) + " is out of range: its exponent is too large"
                    + " for any number PEEL holds (at most " + MAX_DIGITS + " digits before and after the decimal point)");
            return Optional.empty();
        }
        String why = outOfRange(value);
        if (why != null) {
            problem(ReadProblem.MALFORMED_VALUE, "Number " + number(text) + " is out of range: " + why);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Why a number is beyond what PEEL holds, in plain words, or null when it is within. */
    static String outOfRange(BigDecimal value) {
        long before = (long) value.precision() - value.scale();
        if (before > MAX_DIGITS) {
            return "it is too large (" + (before > 1000 ? "over 1000" : String.valueOf(before))
                    + " digits before the decimal point; PEEL numbers have at most " + MAX_DIGITS + ")";
        }
        if (value.scale() > MAX_DIGITS && value.signum() != 0) {
            return before < -MAX_DIGITS ? "it is too small to hold (its first digit is more than " + MAX_DIGITS
                    + " places after the decimal point)" : "it has " + (value.scale() > 1000 ? "over 1000" : value.scale())
                    + " digits after the decimal point; PEEL numbers have at most " + MAX_DIGITS;
        }
        return null;
    }

    /** A number as a message shows it: whole, or quoted and shortened when long. */
    private static String number(String text) {
        return text.length() <= Quoted.MAX ? text : Quoted.of(text);
    }

    OptionalLong whole() {
        Optional<BigDecimal> value = decimal();
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(value.get().longValueExact());
        } catch (ArithmeticException e) {
            problem(ReadProblem.MALFORMED_VALUE, "Expected a whole number, found " + number(parser.getString()));
            return OptionalLong.empty();
        }
    }

    Optional<PartialDate> date() {
        Optional<String> text = string();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartialDate.parse(text.get()));
        } catch (PeelParseException e) {
            problem(ReadProblem.MALFORMED_VALUE, "Bad date " + Quoted.of(text.get())
                    + ": expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date");
            return Optional.empty();
        }
    }

    /** Reads a word of a closed vocabulary, reporting an unknown one with the words expected. */
    <E extends Enum<E> & Vocabulary> Optional<E> word(Class<E> type, String what) {
        Optional<String> text = string();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = ClosedWords.read(type, text.get());
        if (value.isEmpty()) {
            problem(ReadProblem.MALFORMED_VALUE, ClosedWords.unknown(type, what, text.get()));
        }
        return value;
    }

    /** Reads an array, element by element; elements that cannot be read are reported and left out. */
    <T> Optional<List<T>> array(Supplier<Optional<T>> element) {
        if (token() != JsonToken.START_ARRAY) {
            return mismatch("an array");
        }
        List<T> values = new ArrayList<>();
        int[] left = {0};
        dropped.push(left);
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            push(null, index++);
            Optional<T> value = Optional.empty();
            if (token() == JsonToken.VALUE_NULL) {
                problem(ReadProblem.MALFORMED_VALUE, "Element is null: null is never a value in PEEL JSON");
            } else {
                value = element.get();
            }
            if (value.isPresent()) {
                values.add(value.get());
            } else {
                left[0]++;
                if (!frames.isEmpty()) {
                    frames.peek().lost = true;
                }
            }
            depth--;
        }
        dropped.pop();
        return Optional.of(values);
    }

    private <T> Optional<T> mismatch(String expected) {
        problem(ReadProblem.MALFORMED_VALUE, "Expected " + expected + ", found " + describe());
        skip();
        return Optional.empty();
    }

    /** Describes the current token for a message: "the number 12", "an object". */
    String describe() {
        JsonToken t = token();
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string " + Quoted.of(parser.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + number(parser.getString());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    /** Escapes a name for a JSON Pointer (RFC 6901). */
    static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }
}
