package org.peelkit.model;

import java.util.Locale;

/**
 * The one way every message of peel quotes a value from the data: in single quotes, at most
 * {@value #MAX} characters of it, and, when it was longer, how long it was, so that a
 * 999,000-character word never fills a terminal. An unpaired surrogate (half of a UTF-16 pair, which
 * no encoding can write) is shown escaped, {@code \uD800}, so that no message replaces it with
 * {@code ?}. Stateless and thread-safe.
 *
 * <pre>{@code
 * Quoted.of("satisfactory");       // "'satisfactory'"
 * Quoted.of("a".repeat(999_000));  // "'aaaa…aaa…' (999,000 characters)": the first 80, then the length
 * Quoted.of("Lee \uD800 F");       // "'Lee \uD800 F'", the surrogate written as six characters
 * }</pre>
 */
public final class Quoted {

    /** The most characters of a value a message shows. */
    public static final int MAX = 80;

    private Quoted() {
    }

    /**
     * @param value a value from the data
     * @return it in single quotes, shortened to {@value #MAX} characters with "…" and its length
     *     when longer, unpaired surrogates escaped
     */
    public static String of(String value) {
        if (value.length() <= MAX) {
            return "'" + escapeUnpaired(value) + "'";
        }
        int end = MAX;
        if (Character.isHighSurrogate(value.charAt(end - 1)) && Character.isLowSurrogate(value.charAt(end))) {
            end--; // never split a pair
        }
        return "'" + escapeUnpaired(value.substring(0, end)) + "…' (" + String.format(Locale.ROOT, "%,d", value.length())
                + " characters)";
    }

    /**
     * @param text any text
     * @return the index of its first unpaired surrogate, or -1 when it has none
     */
    public static int firstUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * @param text any text
     * @return it with each unpaired surrogate written as a {@code \}{@code uXXXX} escape, the rest unchanged
     */
    public static String escapeUnpaired(String text) {
        int i = firstUnpairedSurrogate(text);
        if (i < 0) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length() + 8);
        s.append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                s.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                s.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
