package org.peelkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes PEEL JSON format 1: assessment documents, dataset documents and JSON Lines.
 * Immutable and thread-safe: build one and share it.
 *
 * <p>Reading returns everything it could read together with every problem found, each located by
 * JSON Pointer, line and column; it throws only {@link PeelReadException}, for input that is not
 * JSON at all or exceeds the {@link ReadLimits}. Writing is canonical: the spec's field order,
 * canonical spellings, absent optional fields and {@code false} defaults left out, two-space
 * indentation, {@code \n} line ends.
 *
 * <pre>{@code
 * PeelJson json = PeelJson.standard();
 * ReadResult<Assessment> read = json.readAssessment(Path.of("metropolitan-2023-25.json"));
 * read.problems().forEach(System.err::println);
 * String canonical = json.write(read.value().orElseThrow());
 *
 * try (Stream<JsonLine> lines = json.readLines(Path.of("grades.jsonl"))) {
 *     long good = lines.filter(l -> l.result().isClean()).count();
 * }
 * }</pre>
 */
public final class PeelJson {

    private static final PeelJson STANDARD = new PeelJson(ReadLimits.DEFAULT);

    private final ReadLimits limits;
    private final JsonFactory factory;

    private PeelJson(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = JsonFactory.builder()
                .streamReadConstraints(limits.constraints())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** The writers, built the first time something is written: reading needs only the core factory. */
    private static final class Writers {
        static final JsonMapper PRETTY = JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPrettyPrinter(new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                                .withArrayEmptySeparator("")
                                .withObjectEmptySeparator(""))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n")))
                .build();
        static final JsonMapper COMPACT = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    }

    /** @return the shared instance with the default {@link ReadLimits} */
    public static PeelJson standard() {
        return STANDARD;
    }

    /**
     * @param limits the read limits
     * @return an instance that enforces them
     */
    public static PeelJson withLimits(ReadLimits limits) {
        return new PeelJson(limits);
    }

    /** @return the read limits this instance enforces */
    public ReadLimits limits() {
        return limits;
    }

    // ---- reading documents -------------------------------------------------------------------

    /**
     * @param file an assessment document
     * @return what could be read, with every problem
     * @throws PeelReadException when the file cannot be read, or is not JSON at all
     */
    public ReadResult<Assessment> readAssessment(Path file) {
        return readAssessment(bytes(file), file.toString());
    }

    /**
     * @param in     an assessment document; read to its end, not closed
     * @param source a name for the input in messages, e.g. the file name
     * @return what could be read, with every problem
     * @throws PeelReadException when the input is not JSON at all
     */
    public ReadResult<Assessment> readAssessment(InputStream in, String source) {
        return readAssessment(bytes(in, source), source);
    }

    /**
     * @param json   an assessment document
     * @param source a name for the input in messages
     * @return what could be read, with every problem
     * @throws PeelReadException when the text is not JSON at all
     */
    public ReadResult<Assessment> readAssessment(String json, String source) {
        return parse(json, source, 0, r -> r.assessment(true));
    }

    private ReadResult<Assessment> readAssessment(byte[] bytes, String source) {
        return parse(bytes, source, 0, r -> r.assessment(true));
    }

    /**
     * @param file a dataset document
     * @return what could be read, with every problem
     * @throws PeelReadException when the file cannot be read, or is not JSON at all
     */
    public ReadResult<Dataset> readDataset(Path file) {
        return parse(bytes(file), file.toString(), 0, ModelReader::dataset);
    }

    /**
     * @param in     a dataset document; read to its end, not closed
     * @param source a name for the input in messages
     * @return what could be read, with every problem
     * @throws PeelReadException when the input is not JSON at all
     */
    public ReadResult<Dataset> readDataset(InputStream in, String source) {
        return parse(bytes(in, source), source, 0, ModelReader::dataset);
    }

    /**
     * @param json   a dataset document
     * @param source a name for the input in messages
     * @return what could be read, with every problem
     * @throws PeelReadException when the text is not JSON at all
     */
    public ReadResult<Dataset> readDataset(String json, String source) {
        return parse(json, source, 0, ModelReader::dataset);
    }

    /**
     * Reads an assessment document or a dataset document, whichever it is (a dataset document has
     * {@code "assessments"} at its top level). An assessment document gives a dataset of one, whose
     * assessment the source map places at pointer {@code ""}.
     *
     * @param file a PEEL JSON document
     * @return what could be read, with every problem
     * @throws PeelReadException when the file cannot be read, or is not JSON at all
     */
    public ReadResult<Dataset> readDocument(Path file) {
        return parse(bytes(file), file.toString(), 0, ModelReader::document);
    }

    /**
     * @param in     a PEEL JSON document; read to its end, not closed
     * @param source a name for the input in messages
     * @return what could be read, with every problem
     * @throws PeelReadException when the input is not JSON at all
     * @see #readDocument(Path)
     */
    public ReadResult<Dataset> readDocument(InputStream in, String source) {
        return parse(bytes(in, source), source, 0, ModelReader::document);
    }

    /**
     * @param json   a PEEL JSON document
     * @param source a name for the input in messages
     * @return what could be read, with every problem
     * @throws PeelReadException when the text is not JSON at all
     * @see #readDocument(Path)
     */
    public ReadResult<Dataset> readDocument(String json, String source) {
        return parse(json, source, 0, ModelReader::document);
    }

    private <T> ReadResult<T> parse(String text, String source, long lineOffset, Function<ModelReader, Optional<T>> root) {
        List<ReadProblem> problems = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            problems.add(byteOrderMark(lineOffset));
        }
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return parse(() -> factory.createParser(ObjectReadContext.empty(), json), JsonCursor.Columns.CHARS, source,
                lineOffset, problems, root);
    }

    /** Parses UTF-8 bytes directly, with Jackson's byte parser; columns are converted to characters when reported. */
    private <T> ReadResult<T> parse(byte[] bytes, String source, long lineOffset, Function<ModelReader, Optional<T>> root) {
        List<ReadProblem> problems = new ArrayList<>();
        int from = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(byteOrderMark(lineOffset));
            from = 3;
        }
        Utf8 utf8 = requireUtf8(bytes, from, source, lineOffset);
        int start = from;
        return parse(() -> factory.createParser(ObjectReadContext.empty(), bytes, start, bytes.length - start),
                utf8::charColumn, source, lineOffset, problems, root);
    }

    private static ReadProblem byteOrderMark(long lineOffset) {
        return new ReadProblem(ReadProblem.BYTE_ORDER_MARK, "", lineOffset + 1, 1, GradeTable.BYTE_ORDER_MARK_MESSAGE);
    }

    private <T> ReadResult<T> parse(Supplier<JsonParser> open, JsonCursor.Columns columns, String source, long lineOffset,
                                    List<ReadProblem> problems, Function<ModelReader, Optional<T>> root) {
        SourceMap map = SourceMap.lazy(() -> LocationIndex.build(open, columns, lineOffset));
        JsonParser parser = open.get();
        try (parser) {
            JsonCursor cursor = new JsonCursor(parser, problems, map, lineOffset, columns);
            if (parser.nextToken() == null) {
                throw new PeelReadException(source, lineOffset + 1, 1, "Empty input: expected a JSON object");
            }
            Optional<T> value = root.apply(new ModelReader(cursor));
            if (parser.nextToken() != null) {
                TokenStreamLocation l = parser.currentTokenLocation();
                throw new PeelReadException(source, l.getLineNr() + lineOffset, columns.column(l.getLineNr(), l.getColumnNr()),
                        "Found " + cursor.describe() + " after the end of the document: one JSON value per document");
            }
            return new ReadResult<>(source, value, problems, map);
        } catch (JacksonException e) {
            throw notJson(e, parser, columns, source, lineOffset);
        }
    }

    private static PeelReadException notJson(JacksonException e, JsonParser parser, JsonCursor.Columns columns, String source,
                                             long lineOffset) {
        TokenStreamLocation l = e.getLocation() != null && e.getLocation().getLineNr() > 0 || parser == null
                ? e.getLocation() : parser.currentLocation();
        String reason = e.getOriginalMessage();
        int cut = reason.indexOf('\n');
        reason = "Not readable as JSON: " + (cut < 0 ? reason : reason.substring(0, cut));
        if (l == null || l.getLineNr() < 1) {
            return new PeelReadException(source, 0, 0, reason);
        }
        return new PeelReadException(source, l.getLineNr() + lineOffset, columns.column(l.getLineNr(), l.getColumnNr()), reason);
    }

    // ---- JSON Lines --------------------------------------------------------------------------

    /**
     * Reads a JSON Lines file as a lazy stream, one result per non-blank line, in constant memory
     * however long the file. A line that is not JSON, or not UTF-8, gives one located problem and the
     * next line is read. Close the stream to close the file.
     *
     * @param file a {@code .jsonl} or {@code .ndjson} file
     * @return the lines
     * @throws PeelReadException when the file cannot be opened
     */
    public Stream<JsonLine> readLines(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
        return readLines(in, file.toString()).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * @param in     JSON Lines; read lazily, closed when the stream is closed
     * @param source a name for the input in messages
     * @return the lines
     * @see #readLines(Path)
     */
    public Stream<JsonLine> readLines(InputStream in, String source) {
        LineSplitter lines = new LineSplitter(in, limits.maxDocumentLength());
        return Stream.iterate(nextLine(lines, source), Objects::nonNull, x -> nextLine(lines, source));
    }

    private JsonLine nextLine(LineSplitter lines, String source) {
        while (true) {
            LineSplitter.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                throw new PeelReadException(source, lines.lineNumber(), 0, "Cannot read: " + e.getMessage());
            }
            if (line == null) {
                return null;
            }
            if (line.tooLong()) {
                return failedLine(source, line.number(), 1, "Line is longer than the limit of "
                        + limits.maxDocumentLength() + " bytes");
            }
            if (isBlank(line.bytes())) {
                continue;
            }
            try {
                return new JsonLine(line.number(),
                        parse(line.bytes(), source, line.number() - 1, r -> r.assessment(true)));
            } catch (PeelReadException e) {
                return failedLine(source, line.number(), e.column().orElse(1L), e.reason());
            }
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static JsonLine failedLine(String source, long number, long column, String reason) {
        return new JsonLine(number, new ReadResult<>(source, Optional.empty(),
                List.of(new ReadProblem(ReadProblem.MALFORMED_VALUE, "", number, column, reason)), SourceMap.EMPTY));
    }

    // ---- writing -----------------------------------------------------------------------------

    /**
     * @param assessment an assessment
     * @return its canonical assessment document, with {@code "peel": "1"}, ending in a line feed
     */
    public String write(Assessment assessment) {
        StringWriter out = new StringWriter();
        write(out, g -> ModelWriter.assessment(g, assessment, true));
        return out.append('\n').toString();
    }

    /**
     * @param dataset a dataset
     * @return its canonical dataset document, ending in a line feed
     */
    public String write(Dataset dataset) {
        StringWriter out = new StringWriter();
        write(out, g -> ModelWriter.dataset(g, dataset));
        return out.append('\n').toString();
    }

    /**
     * @param assessment an assessment
     * @param out        where to write its canonical document in UTF-8; not closed
     */
    public void write(Assessment assessment, OutputStream out) {
        writeUtf8(out, write(assessment));
    }

    /**
     * @param dataset a dataset
     * @param out     where to write its canonical document in UTF-8; not closed
     */
    public void write(Dataset dataset, OutputStream out) {
        writeUtf8(out, write(dataset));
    }

    /**
     * @param assessment an assessment
     * @return its canonical JSON Lines form: one line, compact, without {@code "peel"} or a line feed
     */
    public String writeLine(Assessment assessment) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Writers.COMPACT.createGenerator(out)) {
            ModelWriter.assessment(g, assessment, false);
        }
        return out.toString();
    }

    /**
     * Writes JSON Lines, one assessment per line, without holding them all.
     *
     * @param assessments the assessments, e.g. a lazy stream's iterator
     * @param out         where to write, in UTF-8; not closed
     */
    public void writeLines(Iterable<Assessment> assessments, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            for (Assessment a : assessments) {
                w.write(writeLine(a));
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Writer out, java.util.function.Consumer<JsonGenerator> body) {
        try (JsonGenerator g = Writers.PRETTY.createGenerator(out)) {
            body.accept(g);
        }
    }

    private static void writeUtf8(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- catalogues --------------------------------------------------------------------------

    /**
     * Reads a catalogue, for example one that adds the rest of 2025–27 once HMICFRS publishes it.
     * Strict: the first problem fails, naming its JSON Pointer.
     *
     * <pre>{@code
     * Catalogue mine = PeelJson.standard().readCatalogue(Path.of("catalogue-2026.json"));
     * Cycle c = Cycle.of("2025-27", mine);
     * }</pre>
     *
     * @param file a catalogue document, as {@link #writeCatalogue(Catalogue)} writes one
     * @return the catalogue
     * @throws PeelReadException when the file cannot be read or does not describe a catalogue
     */
    public org.peelkit.model.Catalogue readCatalogue(Path file) {
        String source = file.toString();
        try {
            return new CatalogueJson(Writers.COMPACT).read(decode(bytes(file), source), source);
        } catch (JacksonException e) {
            throw notJson(e, null, JsonCursor.Columns.CHARS, source, 0);
        }
    }

    /**
     * @param json   a catalogue document
     * @param source a name for the input in messages
     * @return the catalogue
     * @throws PeelReadException when the text does not describe a catalogue
     */
    public org.peelkit.model.Catalogue readCatalogue(String json, String source) {
        try {
            return new CatalogueJson(Writers.COMPACT).read(json, source);
        } catch (JacksonException e) {
            throw notJson(e, null, JsonCursor.Columns.CHARS, source, 0);
        }
    }

    /**
     * @param catalogue a catalogue, e.g. {@code Catalogue.builtIn()} to start an updated one from
     * @return its JSON document
     */
    public String writeCatalogue(org.peelkit.model.Catalogue catalogue) {
        return new CatalogueJson(Writers.PRETTY).write(catalogue);
    }

    // ---- bytes and characters ----------------------------------------------------------------

    private byte[] bytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return bytes(in, file.toString());
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
    }

    private static PeelReadException cannotOpen(Path file, IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        return new PeelReadException(file.toString(), 0, 0, "Cannot read the file: " + why);
    }

    private byte[] bytes(InputStream in, String source) {
        try {
            long max = limits.maxDocumentLength();
            byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > max) {
                throw new PeelReadException(source, 0, 0, "Document is larger than the limit of " + max + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new PeelReadException(source, 0, 0, "Cannot read: " + e.getMessage());
        }
    }

    /**
     * Checks that bytes are UTF-8; the first invalid byte fails with the line and character column
     * where it stands.
     */
    private static Utf8 requireUtf8(byte[] bytes, int from, String source, long lineOffset) {
        Utf8 utf8 = new Utf8(bytes, from, bytes.length);
        int bad = utf8.firstInvalid();
        if (bad >= 0) {
            throw new PeelReadException(source, utf8.lineOf(bad) + lineOffset, utf8.columnOf(bad),
                    String.format("Not valid UTF-8 (byte 0x%02X): PEEL JSON is UTF-8", bytes[bad] & 0xFF));
        }
        return utf8;
    }

    /** Decodes UTF-8 strictly. */
    private static String decode(byte[] bytes, String source) {
        requireUtf8(bytes, 0, source, 0);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
