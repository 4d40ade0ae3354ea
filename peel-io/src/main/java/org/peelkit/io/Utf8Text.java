package org.peelkit.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads text that must be UTF-8, such as a report's plain text, with the errors every reader of
 * peel gives: a file that cannot be read in the shared words of
 * {@link PeelReadException#cannotOpen(Path, java.io.IOException)} ("no such file", "is a directory",
 * "permission denied"), and a byte that is not UTF-8 named with its line and column, never the
 * decoder's {@code Input length = 1}. Stateless and thread-safe.
 *
 * <pre>{@code
 * String text = Utf8Text.read(Path.of("metropolitan-2023-25.txt"), "report text");
 * // report.txt:12:7: Not valid UTF-8 (byte 0xE9): report text is UTF-8
 * }</pre>
 */
public final class Utf8Text {

    private static final JsonDocuments BYTES = new JsonDocuments(ReadLimits.DEFAULT);

    private Utf8Text() {
    }

    /**
     * @param file a UTF-8 text file, at most {@link ReadLimits#DEFAULT}'s document size
     * @param what what the text is, for the message: {@code "report text"}
     * @return the text
     * @throws PeelReadException when the file cannot be read, is too large, or is not UTF-8
     */
    public static String read(Path file, String what) {
        return decode(BYTES.bytes(file), file.toString(), what);
    }

    /**
     * @param bytes  text that must be UTF-8
     * @param source a name for it in messages
     * @param what   what the text is, for the message: {@code "report text"}
     * @return the text
     * @throws PeelReadException at the first byte that is not UTF-8, with its line and column
     */
    public static String decode(byte[] bytes, String source, String what) {
        Utf8 utf8 = new Utf8(bytes, 0, bytes.length);
        int bad = utf8.firstInvalid();
        if (bad >= 0) {
            throw PeelReadException.at(source, Location.of(utf8.lineOf(bad), utf8.columnOf(bad)),
                    String.format("Not valid UTF-8 (byte 0x%02X): %s is UTF-8", bytes[bad] & 0xFF, what));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
