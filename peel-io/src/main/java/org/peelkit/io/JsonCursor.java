package org.peelkit.io;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peelkit.model.PartialDate;
import org.peelkit.model.PeelParseException;
import org.peelkit.model.Vocabulary;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Walks a parser token by token, keeping the JSON Pointer of each value, recording its location,
 * and turning every type mismatch, null, duplicate key and unknown word into a located
 * {@link ReadProblem} instead of an exception. Not thread-safe: one per document.
 */
final class JsonCursor {

    /** Largest number of digits before or after the decimal point a number may have. */
    private static final int MAX_DIGITS = 18;

    private final JsonParser parser;
    private final List<ReadProblem> problems;
    private final SourceMap map;
    private final Deque<Set<String>> seenNames = new ArrayDeque<>();
    private final long lineOffset;
    private String fieldPointer = "";

    /**
     * @param lineOffset added to every line the parser reports: for a JSON Lines file, the line
     *                   before the one being parsed
     */
    JsonCursor(JsonParser parser, List<ReadProblem> problems, SourceMap map, long lineOffset) {
        this.parser = parser;
        this.problems = problems;
        this.map = map;
        this.lineOffset = lineOffset;
    }

    SourceMap map() {
        return map;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    JsonToken next() {
        return parser.nextToken();
    }

    /** Records where the current value stands. */
    void mark(String pointer) {
        TokenStreamLocation l = parser.currentTokenLocation();
        map.put(pointer, l.getLineNr() + lineOffset, l.getColumnNr());
    }

    /** Reports a problem at the current token. */
    void problem(String rule, String pointer, String message) {
        TokenStreamLocation l = parser.currentTokenLocation();
        problems.add(new ReadProblem(rule, pointer, l.getLineNr() + lineOffset, l.getColumnNr(), message));
    }

    /** Reports a problem at where {@code pointer} was marked, or at the current token. */
    void problemAt(String pointer, String message) {
        Optional<SourceMap.Location> at = map.location(pointer);
        if (at.isPresent()) {
            problems.add(new ReadProblem(ReadProblem.MALFORMED_VALUE, pointer, at.get().line(), at.get().column(), message));
        } else {
            problem(ReadProblem.MALFORMED_VALUE, pointer, message);
        }
    }

    /** Skips the current value, with its children. */
    void skip() {
        parser.skipChildren();
    }

    /**
     * Checks that the current value is an object and starts reading its fields; otherwise reports
     * it and skips it.
     */
    boolean beginObject(String pointer, String what) {
        if (token() != JsonToken.START_OBJECT) {
            problem(ReadProblem.MALFORMED_VALUE, pointer, "Expected " + what + " (an object), found " + describe());
            skip();
            return false;
        }
        seenNames.push(new HashSet<>());
        return true;
    }

    /**
     * Moves to the next field of the object begun last, reporting and passing over duplicates and
     * nulls. Leaves the parser on the field's value.
     *
     * @return the field name, or null at the end of the object
     */
    String nextField(String objectPointer) {
        while (true) {
            String name = parser.nextName();
            if (name == null) {
                seenNames.pop();
                return null;
            }
            parser.nextToken();
            String pointer = objectPointer + "/" + escape(name);
            mark(pointer);
            if (!seenNames.peek().add(name)) {
                problem(ReadProblem.MALFORMED_VALUE, pointer, "Duplicate field '" + name
                        + "': a field may appear only once in an object");
                skip();
                continue;
            }
            if (token() == JsonToken.VALUE_NULL) {
                problem(ReadProblem.MALFORMED_VALUE, pointer, "Field '" + name
                        + "' is null: null is never a value in PEEL JSON, leave the field out instead");
                continue;
            }
            fieldPointer = pointer;
            return name;
        }
    }

    /** @return the JSON Pointer of the field {@link #nextField} moved to */
    String fieldPointer() {
        return fieldPointer;
    }

    /** Reports the current field as one the format does not define, and skips it. */
    void unknownField(String name, String where) {
        problem(ReadProblem.UNKNOWN_FIELD, fieldPointer, "Unknown field '" + name + "' in " + where
                + ": PEEL JSON format 1 does not define it");
        skip();
    }

    Optional<String> string(String pointer) {
        if (token() != JsonToken.VALUE_STRING) {
            return mismatch(pointer, "a string");
        }
        return Optional.of(parser.getString());
    }

    Optional<Boolean> bool(String pointer) {
        JsonToken t = token();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            return mismatch(pointer, "true or false");
        }
        return Optional.of(t == JsonToken.VALUE_TRUE);
    }

    Optional<BigDecimal> decimal(String pointer) {
        JsonToken t = token();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return mismatch(pointer, "a number");
        }
        String text = parser.getString();
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            problem(ReadProblem.MALFORMED_VALUE, pointer, "Number " + text + " cannot be read");
            return Optional.empty();
        }
        if (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS) {
            problem(ReadProblem.MALFORMED_VALUE, pointer, "Number " + text + " is out of range: at most "
                    + MAX_DIGITS + " digits before and after the decimal point");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    OptionalLong whole(String pointer) {
        Optional<BigDecimal> value = decimal(pointer);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(value.get().longValueExact());
        } catch (ArithmeticException e) {
            problem(ReadProblem.MALFORMED_VALUE, pointer, "Expected a whole number, found " + parser.getString());
            return OptionalLong.empty();
        }
    }

    Optional<PartialDate> date(String pointer) {
        Optional<String> text = string(pointer);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartialDate.parse(text.get()));
        } catch (PeelParseException e) {
            problem(ReadProblem.MALFORMED_VALUE, pointer, "Bad date '" + text.get()
                    + "': expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date");
            return Optional.empty();
        }
    }

    /** Reads a word of a closed vocabulary, reporting an unknown one with the words expected. */
    <E extends Enum<E> & Vocabulary> Optional<E> word(String pointer, Class<E> type, String what) {
        Optional<String> text = string(pointer);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = Vocabulary.fromId(type, text.get());
        if (value.isEmpty()) {
            String expected = Stream.of(type.getEnumConstants()).map(Vocabulary::id).collect(Collectors.joining(", "));
            problem(ReadProblem.MALFORMED_VALUE, pointer, "Unknown " + what + " '" + text.get() + "': expected one of "
                    + expected);
        }
        return value;
    }

    /** Reads an array, element by element; elements that cannot be read are reported and left out. */
    <T> Optional<List<T>> array(String pointer, Function<String, Optional<T>> element) {
        if (token() != JsonToken.START_ARRAY) {
            return mismatch(pointer, "an array");
        }
        List<T> values = new java.util.ArrayList<>();
        int index = 0;
        while (next() != JsonToken.END_ARRAY) {
            String at = pointer + "/" + index++;
            mark(at);
            if (token() == JsonToken.VALUE_NULL) {
                problem(ReadProblem.MALFORMED_VALUE, at, "Element is null: null is never a value in PEEL JSON");
                continue;
            }
            element.apply(at).ifPresent(values::add);
        }
        return Optional.of(values);
    }

    private <T> Optional<T> mismatch(String pointer, String expected) {
        problem(ReadProblem.MALFORMED_VALUE, pointer, "Expected " + expected + ", found " + describe());
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
            case VALUE_STRING -> "the string \"" + abbreviate(parser.getString()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(parser.getString());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** Escapes a name for a JSON Pointer (RFC 6901). */
    static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }
}
