package org.peelkit.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.peelkit.model.Assessment;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes JSON Lines: one assessment per line, compact, without {@code "peel"}. Reading is
 * a lazy stream of {@link PeelDocument}s (one {@link PeelDocument.Shape#JSON_LINES_RECORD} per
 * non-blank line) in constant memory however long the input; {@code \n}, {@code \r\n} and a lone
 * {@code \r} each end a line, as editors count them, and every problem carries the file's line. A
 * line that is not JSON gives a record with one located problem and the next line is read; input
 * that is not UTF-8, a line longer than the document size limit, or a failure to read stop reading
 * with a {@link PeelReadException} at that line. {@link #split} gives the records unparsed, for
 * parsing on other threads.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * try (Stream<PeelDocument> records = JsonLines.standard().read(Path.of("grades.jsonl"))) {
 *     records.filter(r -> !r.isClean()).forEach(r -> System.err.println(r.problems()));
 * }
 * JsonLines.standard().write(generator.assessments(seed, 1_000_000)::iterator, out); // streams too
 * }</pre>
 */
public final class JsonLines {

    private static final JsonLines STANDARD = new JsonLines(ReadLimits.DEFAULT);
    /** Writes with the streaming API only: reading and validating JSON Lines never start Jackson's databind. */
    private static final JsonFactory COMPACT = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final JsonDocuments documents;

    private JsonLines(ReadLimits limits) {
        this.documents = new JsonDocuments(Objects.requireNonNull(limits, "limits"));
    }

    /** @return the shared instance with the default {@link ReadLimits} (the document size limit applies per line) */
    public static JsonLines standard() {
        return STANDARD;
    }

    /**
     * @param limits the read limits; the document size limit applies per line
     * @return an instance that enforces them
     */
    public static JsonLines withLimits(ReadLimits limits) {
        return new JsonLines(limits);
    }

    /**
     * @param file a {@code .jsonl} or {@code .ndjson} file
     * @return its records, read lazily; close the stream to close the file
     * @throws PeelReadException when the file cannot be opened; while the stream is consumed, when a
     *     line cannot be read, is longer than the limit, or is not UTF-8 (located at that line)
     */
    public Stream<PeelDocument> read(Path file) {
        return split(file).map(PendingDocument::read);
    }

    /**
     * @param in     JSON Lines; read lazily, not closed
     * @param source a name for the input in messages
     * @return its records
     * @see #read(Path)
     */
    public Stream<PeelDocument> read(InputStream in, String source) {
        return split(in, source).map(PendingDocument::read);
    }

    /**
     * @param utf8   JSON Lines in UTF-8
     * @param source a name for the input in messages
     * @return its records
     */
    public Stream<PeelDocument> read(byte[] utf8, String source) {
        return read(new ByteArrayInputStream(utf8), source);
    }

    /**
     * Splits a file into its records without parsing them, so that they can be parsed on other
     * threads: each non-blank line is one {@link PendingDocument} holding its bytes.
     *
     * @param file a {@code .jsonl} or {@code .ndjson} file
     * @return its records, split lazily in order; close the stream to close the file
     * @throws PeelReadException when the file cannot be opened; while the stream is consumed, when a
     *     line cannot be read or is longer than the limit (located at that line)
     */
    public Stream<PendingDocument> split(Path file) {
        InputStream in = JsonDocuments.open(file);
        return split(in, file.toString()).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * @param in     JSON Lines; read lazily, not closed
     * @param source a name for the input in messages
     * @return its records, split lazily in order
     * @see #split(Path)
     */
    public Stream<PendingDocument> split(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        LineSplitter lines = new LineSplitter(Objects.requireNonNull(in, "in"), documents.limits().maxDocumentLength());
        return Stream.iterate(next(lines, source), Objects::nonNull, x -> next(lines, source));
    }

    private PendingDocument next(LineSplitter lines, String source) {
        while (true) {
            LineSplitter.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                throw PeelReadException.cannotRead(source, Location.ofLine(lines.lineNumber() + 1), e);
            }
            if (line == null) {
                return null;
            }
            if (line.tooLong()) {
                throw PeelReadException.at(source, Location.ofLine(line.number()), "Line is longer than the limit of "
                        + documents.limits().maxDocumentLength() + " bytes; reading stopped there");
            }
            if (isBlank(line.bytes())) {
                continue;
            }
            byte[] bytes = line.bytes();
            long number = line.number();
            return new PendingDocument(bytes.length, () -> parse(bytes, number, source));
        }
    }

    /**
     * One record: a line that is not JSON is a record with one problem, but input that is not UTF-8
     * is not JSON Lines at all, and is not read on (random bytes would otherwise never end).
     */
    private PeelDocument parse(byte[] bytes, long number, String source) {
        try {
            return documents.parse(bytes, source, number - 1, PeelDocument.Shape.JSON_LINES_RECORD,
                    ModelReader::assessmentDocument);
        } catch (PeelReadException e) {
            if (new Utf8(bytes, 0, bytes.length).firstInvalid() >= 0) {
                throw PeelReadException.at(source, e.location().orElse(Location.ofLine(number)),
                        e.reason() + "; reading stopped at this line");
            }
            return failed(source, e.location().orElse(Location.ofLine(number)), e.reason());
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static PeelDocument failed(String source, Location at, String reason) {
        return new PeelDocument(source, PeelDocument.Shape.JSON_LINES_RECORD, Optional.empty(),
                List.of(new ReadProblem(ReadProblem.MALFORMED_VALUE, "", at, reason)), NodeIndex.EMPTY);
    }

    // ---- writing -------------------------------------------------------------------------------

    /**
     * @param assessment an assessment
     * @return its canonical JSON Lines form: one line, compact, without {@code "peel"} or a line feed
     */
    public String writeLine(Assessment assessment) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = COMPACT.createGenerator(ObjectWriteContext.empty(), out)) {
            ModelWriter.assessment(g, assessment, false);
        }
        return out.toString();
    }

    /**
     * Writes JSON Lines, one assessment per line, without holding them all.
     *
     * @param assessments the assessments, e.g. a lazy stream's iterator
     * @param out         where to write; flushed, not closed
     */
    public void write(Iterable<Assessment> assessments, Writer out) {
        try {
            for (Assessment a : assessments) {
                out.write(writeLine(a));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param assessments the assessments
     * @param out         where to write, in UTF-8; flushed, not closed
     */
    public void write(Iterable<Assessment> assessments, OutputStream out) {
        write(assessments, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
