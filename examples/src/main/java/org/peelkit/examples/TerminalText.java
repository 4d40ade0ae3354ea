package org.peelkit.examples;

/**
 * Text from the data made safe to show on a terminal: every control character (C0 such as NUL,
 * BEL, ESC, tab, carriage return and line feed; DEL; the C1 controls; the line and paragraph
 * separators) is shown as a Java-style escape, <code>&#92;u001b</code>, so that data can neither move the
 * cursor, retitle the window, clear the screen, nor start a line of its own. A backslash is left
 * as it is.
 *
 * <pre>{@code
 * TerminalText.escape("Lee" + (char) 27 + "[2J" + "\n" + "F");   // Lee&#92;u001b[2J&#92;u000aF: one line, nothing run
 * }</pre>
 */
final class TerminalText {

    private TerminalText() {
    }

    /**
     * @param text any text, e.g. a value or a message quoting one
     * @return the text with every control character escaped; the same string when there is none
     */
    static String escape(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
