package org.peelkit.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelkit.model.Quoted;
import tools.jackson.core.JacksonException;

/**
 * Says in peel's own words why the JSON or CSV parser underneath stopped: "Found '}' where a field
 * name in double quotes must start: a comma may not end an object", never Jackson's
 * {@code [Source: REDACTED ...; byte offset: #UNKNOWN]}, its class and method names or the features
 * it would have to enable. The parser's location is reported beside the message, not in it.
 * Stateless.
 */
final class ParserWords {

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)\\)\\)(.*)$",
            Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'", Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'(?:: expected '(.)')?");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.)' \\(code (\\d+)\\)");
    private static final Pattern MAXIMUM = Pattern.compile("maximum (?:allowed|length) \\((\\d+)");
    /** Whatever of a message is the parser's own: its source, offsets, Java names and feature switches. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\s*\\(?(?:for \\w+ starting|start marker) at \\[Source:[^\\]]*\\]\\)?|\\s*\\[Source:[^\\]]*\\]|\\s*\\(code \\d+\\)"
                    + "|:?\\s*enabl(?:e|ing) `[^`]*`(?: to allow)?|\\s*\\(from `[^`]*`\\)|`|\\(bound as [^)]*\\)"
                    + "|[:,]?\\s*not allowed as per [A-Za-z.]+");

    private ParserWords() {
    }

    /**
     * @param e      what the parser threw
     * @param format "JSON" or "CSV", for the message
     * @return "Not readable as JSON: " and the reason in plain words
     */
    static String reason(JacksonException e, String format) {
        String m = String.valueOf(e.getOriginalMessage());
        int cut = m.indexOf('\n');
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        return "Not readable as " + format + ": " + plain(m.strip());
    }

    /** The reason for one parser message; visible to tests. */
    static String plain(String m) {
        String limit = limit(m);
        if (limit != null) {
            return limit;
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "The input ends too early: " + (m.contains("VALUE_STRING") || m.contains("String value")
                    ? "a string is not closed (a '\"' is missing)"
                    : m.contains("property name") || m.contains("field name") ? "a field name is not closed (a '\"' is missing)"
                    : m.contains("Object") ? "an object is not closed (a '}' is missing)"
                    : m.contains("Array") ? "an array is not closed (a ']' is missing)"
                    : "the document is cut short");
        }
        Matcher close = CLOSE.matcher(m);
        if (close.find()) {
            String found = close.group(1);
            String expected = close.group(2);
            if (expected == null) {
                return "Found '" + found + "' with no " + (found.equals("}") ? "object" : "array") + " open to close";
            }
            return "Found '" + found + "' where '" + expected + "' must close the " + (expected.equals("}") ? "object" : "array")
                    + " still open";
        }
        Matcher character = CHARACTER.matcher(m);
        if (character.find()) {
            return character(shown(Integer.parseInt(character.group(2))), character.group(3));
        }
        Matcher control = CONTROL.matcher(m);
        if (control.find()) {
            String c = shown(Integer.parseInt(control.group(1)));
            return m.contains("string value")
                    ? "The control character " + c + " stands unescaped inside a string: write it as an escape, such as \\n or \\t"
                    : "The control character " + c + " stands between values: only spaces, tabs and line ends may";
        }
        Matcher escape = ESCAPE.matcher(m);
        if (escape.find()) {
            return "Unknown escape " + Quoted.of("\\" + escape.group(1))
                    + " in a string: JSON has \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX";
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            String word = token.group(1);
            if (m.startsWith("Non-standard")) {
                return Quoted.of(word) + " is not a JSON number: JSON has no NaN or infinity";
            }
            return "Unknown word " + Quoted.of(word) + ": expected a value (a string, number, object, array, true, false or null)";
        }
        if (m.contains("Leading zeroes")) {
            return "A number may not start with a zero followed by other digits (write 1, not 01)";
        }
        if (m.startsWith("Trailing token")) {
            return "Found more after the end of the document: one JSON value per document";
        }
        if (m.startsWith("Missing closing quote")) {
            return "A quoted cell is not closed: a '\"' is missing";
        }
        if (m.startsWith("Invalid numeric value")) {
            return "Not a valid number";
        }
        return INTERNALS.matcher(m).replaceAll("");
    }

    /** A limit of {@link ReadLimits} broken, said with the limit. */
    private static String limit(String m) {
        Matcher max = MAXIMUM.matcher(m);
        String n = max.find() ? String.format(Locale.ROOT, "%,d", Long.parseLong(max.group(1))) : null;
        if (n == null || !m.contains("exceeds")) {
            return null;
        }
        if (m.contains("nesting depth")) {
            return "Nested deeper than the limit of " + n + " levels (PEEL JSON needs 5)";
        }
        if (m.startsWith("String value length")) {
            return "A string is longer than the limit of " + n + " characters";
        }
        if (m.startsWith("Number value length")) {
            return "A number is longer than the limit of " + n + " characters";
        }
        if (m.startsWith("Name length")) {
            return "A field name is longer than the limit of " + n + " characters";
        }
        if (m.startsWith("Document length")) {
            return "The document is longer than the limit of " + n + " bytes";
        }
        return "Beyond a read limit (" + n + ")";
    }

    /** After "Unexpected character (c)": what was expected there. */
    private static String character(String c, String rest) {
        if (rest.contains("comma to separate Object")) {
            return "Found " + c + " where a ',' or '}' must follow a field's value";
        }
        if (rest.contains("comma to separate Array")) {
            return "Found " + c + " where a ',' or ']' must follow an element";
        }
        if (rest.contains("colon to separate")) {
            return "Found " + c + " where a ':' must follow the field name";
        }
        if (rest.contains("double-quote to start property name")) {
            return c.equals("'}'") ? "Found '}' where a field name must follow ',': a comma may not end an object"
                    : "Found " + c + " where a field name in double quotes must start";
        }
        if (rest.contains("plus sign")) {
            return "A number may not start with '+'";
        }
        if (rest.contains("Decimal point")) {
            return "A digit must follow the decimal point of a number, found " + c;
        }
        if (rest.contains("Exponent")) {
            return "A digit must follow the exponent ('e') of a number, found " + c;
        }
        if (rest.contains("minus sign")) {
            return "A digit must follow the minus sign of a number, found " + c;
        }
        if (rest.contains("hexadecimal")) {
            return "Hexadecimal numbers are not JSON: write the number in decimal";
        }
        if (rest.contains("comment")) {
            return "Found " + c + ": comments are not allowed in JSON";
        }
        if (rest.contains("hex-digit")) {
            return "A \\u escape needs four hexadecimal digits, found " + c;
        }
        if (rest.contains("column separator")) {
            return "Found " + c + " after a closing quote: a quoted cell ends at ',' or the end of the line";
        }
        if (rest.contains("valid value") || rest.contains("a value")) {
            return c.equals("']'") ? "Found ']' where a value must follow ',': a comma may not end an array"
                    : "Found " + c + " where a value must start: expected a string, number, object, array, true, false or null";
        }
        return "Unexpected character " + c;
    }

    /**
     * A character as a message shows it: {@code 'x'}, or {@code U+000A} for a control character and
     * for one that shows as blank or not at all (a no-break space, a zero-width space, a byte order mark).
     */
    static String shown(int code) {
        return code < 0x20 || (code >= 0x7F && code < 0xA0) || Character.isSurrogate((char) code)
                || code != ' ' && (Character.isSpaceChar(code) || Character.getType(code) == Character.FORMAT)
                ? String.format(Locale.ROOT, "U+%04X", code) : "'" + new String(Character.toChars(code)) + "'";
    }
}
