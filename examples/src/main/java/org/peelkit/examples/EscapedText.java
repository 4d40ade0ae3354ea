package org.peelkit.examples;

/**
 * Untrusted text made safe for a terminal: control characters (C0, DEL, C1) and the bidirectional
 * and zero-width format characters that can hide or reorder what is shown are written as
 * {@code \\uXXXX}; a backslash is doubled first so the escaping cannot be forged.
 *
 * <pre>{@code
 * EscapedText.of("page\u001b[31m.txt"); // "page\\u001b[31m.txt"
 * }</pre>
 */
final class EscapedText {

    private EscapedText() {
    }

    /**
     * @param text any text
     * @return the text with every control or format character escaped
     */
    static String of(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                b.append("\\\\");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
