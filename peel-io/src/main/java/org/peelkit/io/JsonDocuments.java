package org.peelkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.peelkit.model.Dataset;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * The machinery every JSON reader shares: bytes in, within the {@link ReadLimits}, checked as
 * UTF-8, parsed by Jackson's byte parser into a {@link PeelDocument} by a {@link ModelReader}, and
 * input that is not JSON at all turned into one located {@link PeelReadException}. Immutable.
 */
final class JsonDocuments {

    private final ReadLimits limits;
    private final JsonFactory factory;

    JsonDocuments(ReadLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(limits.constraints())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    ReadLimits limits() {
        return limits;
    }

    /** Parses UTF-8 bytes directly; columns are converted to characters when reported. */
    PeelDocument parse(byte[] bytes, String source, long lineOffset, PeelDocument.Shape fixedShape,
                       Function<ModelReader, Optional<Dataset>> root) {
        if (bytes.length > limits.maxDocumentLength()) {
            throw tooLarge(source);
        }
        List<ReadProblem> problems = new ArrayList<>();
        int from = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(new ReadProblem(ReadProblem.BYTE_ORDER_MARK, "", Location.ofLine(lineOffset + 1),
                    GradeTable.BYTE_ORDER_MARK_MESSAGE));
            from = 3;
        }
        Utf8 utf8 = requireUtf8(bytes, from, source, lineOffset);
        int start = from;
        Supplier<JsonParser> open = () -> factory.createParser(ObjectReadContext.empty(), bytes, start, bytes.length - start);
        JsonCursor.Columns columns = utf8::charColumn;
        NodeIndex index = NodeIndex.lazy(() -> LocationIndex.build(open, columns, lineOffset));
        JsonParser parser = open.get();
        try (parser) {
            try {
                JsonCursor cursor = new JsonCursor(parser, problems, index, lineOffset, columns);
                if (parser.nextToken() == null) {
                    throw PeelReadException.at(source, Location.ofLine(lineOffset + 1), "Empty input: expected a JSON object");
                }
                ModelReader reader = new ModelReader(cursor);
                Optional<Dataset> value = root.apply(reader);
                if (parser.nextToken() != null) {
                    TokenStreamLocation l = parser.currentTokenLocation();
                    throw PeelReadException.at(source, located(l, columns, lineOffset),
                            "Found " + cursor.describe() + " after the end of the document: one JSON value per document");
                }
                return new PeelDocument(source, fixedShape != null ? fixedShape : reader.shape(), value, problems, index);
            } catch (StreamConstraintsException e) {
                if (String.valueOf(e.getOriginalMessage()).startsWith("Name length")) {
                    // located while the parser is open: closing it moves it to the end of the input
                    throw PeelReadException.at(source, nameStart(parser, bytes, start, columns, lineOffset), ParserWords.reason(e, "JSON"));
                }
                throw e;
            }
        } catch (JacksonException e) {
            PeelReadException beyondAscii = beyondAscii(e, bytes, start, columns, source, lineOffset);
            throw beyondAscii != null ? beyondAscii : notJson(e, parser, columns, source, lineOffset);
        }
    }

    /**
     * A character beyond ASCII where JSON allows none (outside strings), such as a stray 'é' or a
     * no-break space. Jackson's byte parser names its first byte as if it were a character of its
     * own ('Ã' for 'é'), or calls the valid UTF-8 invalid ("Invalid UTF-8 start byte 0xa9"); the
     * input was checked as UTF-8 already, so the character is named whole, at its own column.
     *
     * @return the exception, or null when the parser stopped at an ASCII character
     */
    private static PeelReadException beyondAscii(JacksonException e, byte[] bytes, int start, JsonCursor.Columns columns,
                                                 String source, long lineOffset) {
        String m = String.valueOf(e.getOriginalMessage());
        TokenStreamLocation l = e.getLocation();
        if (!m.startsWith("Invalid UTF-8") && !m.startsWith("Unexpected character") || l == null || l.getByteOffset() < 0
                || l.getLineNr() < 1) {
            return null;
        }
        long stands = l.getByteOffset() + start;
        int i = (int) Math.min(bytes.length - 1L, stands);
        if (i > start && bytes[i] >= 0 && bytes[i - 1] < 0) {
            i--; // the parser stands just past the character
        }
        if (i < start || bytes[i] >= 0) {
            return null;
        }
        while (i > start && (bytes[i] & 0xC0) == 0x80) {
            i--;
        }
        int lead = bytes[i] & 0xFF;
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        int codePoint = new String(bytes, i, Math.min(length, bytes.length - i), java.nio.charset.StandardCharsets.UTF_8).codePointAt(0);
        String reason = m.startsWith("Invalid UTF-8")
                ? "Not readable as JSON: Found " + ParserWords.shown(codePoint)
                        + " outside a string: JSON allows characters beyond ASCII only inside double quotes"
                : ParserWords.reason(e, "JSON").replace("'" + (char) lead + "'", ParserWords.shown(codePoint));
        long column = l.getColumnNr() - (stands - i);
        return PeelReadException.at(source, Location.of(l.getLineNr() + lineOffset, Math.max(1, columns.column(l.getLineNr(), column))),
                reason);
    }

    /**
     * Where a field name longer than the limit starts. The parser checks a name's length when it has
     * read it (or, for a very long one, part of it), while its current token is still the value
     * before, which may stand on an earlier line: the name's opening quote is found back from where
     * the parser stands, passing its closing quote and any escaped quote inside it.
     */
    private static Location nameStart(JsonParser parser, byte[] bytes, int start, JsonCursor.Columns columns, long lineOffset) {
        TokenStreamLocation here = parser.currentLocation();
        int at = (int) Math.min(bytes.length, here.getByteOffset() + start);
        int i = at - 1;
        if (i >= start && bytes[i] == '"' && !escaped(bytes, start, i)) {
            i--;
        }
        while (i >= start && (bytes[i] != '"' || escaped(bytes, start, i))) {
            i--;
        }
        return Location.of(here.getLineNr() + lineOffset, Math.max(1, columns.column(here.getLineNr(), here.getColumnNr() - (at - i))));
    }

    /** Whether the quote at {@code quote} is escaped: an odd number of backslashes stands before it. */
    private static boolean escaped(byte[] bytes, int start, int quote) {
        int backslashes = 0;
        for (int k = quote - 1; k >= start && bytes[k] == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static Location located(TokenStreamLocation l, JsonCursor.Columns columns, long lineOffset) {
        return Location.of(l.getLineNr() + lineOffset, Math.max(1, columns.column(l.getLineNr(), l.getColumnNr())));
    }

    /**
     * Turns Jackson's exception into ours. A limit is located at the start of the value that broke
     * it (the string that is too long, the array that opens one level too deep), not where Jackson's
     * read buffer happened to stand.
     */
    static PeelReadException notJson(JacksonException e, JsonParser parser, JsonCursor.Columns columns, String source,
                                     long lineOffset) {
        TokenStreamLocation l = e instanceof StreamConstraintsException && parser != null ? parser.currentTokenLocation()
                : e.getLocation() != null && e.getLocation().getLineNr() > 0 || parser == null
                ? e.getLocation() : parser.currentLocation();
        String reason = ParserWords.reason(e, "JSON");
        if (l == null || l.getLineNr() < 1) {
            return PeelReadException.unlocated(source, reason);
        }
        return PeelReadException.at(source, located(l, columns, lineOffset), reason);
    }

    /** Reads a file whole, within the document size limit. */
    byte[] bytes(Path file) {
        InputStream in = open(file);
        try (in) {
            return bytes(in, file.toString());
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
    }

    /**
     * Opens a file to read, refusing a directory at once (the system would open it and fail at the
     * first read), in the words every format shares.
     */
    static InputStream open(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("Is a directory");
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
    }

    /** @return the exception for a file that cannot be opened, keeping the reason as its cause */
    static PeelReadException cannotOpen(Path file, IOException e) {
        return PeelReadException.cannotOpen(file, e);
    }

    /** Reads a stream to its end, within the document size limit. */
    byte[] bytes(InputStream in, String source) {
        try {
            long max = limits.maxDocumentLength();
            byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > max) {
                throw tooLarge(source);
            }
            return bytes;
        } catch (IOException e) {
            throw PeelReadException.cannotRead(source, e);
        }
    }

    private PeelReadException tooLarge(String source) {
        return PeelReadException.unlocated(source, "Document is larger than the limit of " + limits.maxDocumentLength() + " bytes");
    }

    /**
     * Checks that bytes are UTF-8; the first invalid byte fails with the line and character column
     * where it stands.
     */
    static Utf8 requireUtf8(byte[] bytes, int from, String source, long lineOffset) {
        Utf8 utf8 = new Utf8(bytes, from, bytes.length);
        int bad = utf8.firstInvalid();
        if (bad >= 0) {
            throw PeelReadException.at(source, Location.of(utf8.lineOf(bad) + lineOffset, utf8.columnOf(bad)),
                    String.format("Not valid UTF-8 (byte 0x%02X): PEEL JSON is UTF-8", bytes[bad] & 0xFF));
        }
        return utf8;
    }
}
