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
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes JSON Lines: one assessment per line, compact, without {@code "peel"}. Reading is
 * a lazy stream of {@link PeelDocument}s (one {@link PeelDocument.Shape#JSON_LINES_RECORD} per
 * non-blank line) in constant memory however long the input; {@code \n}, {@code \r\n} and a lone
 * {@code \r} each end a line, as editors count them, and every problem carries the file's line. A
 * line that is not JSON gives a record with one located problem and the next line is read.
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
    private static final JsonMapper COMPACT = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

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
     * @throws PeelReadException when the file cannot be opened
     */
    public Stream<PeelDocument> read(Path file) {
        InputStream in = JsonDocuments.open(file);
        return read(in, file.toString()).onClose(() -> {
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
     * @return its records
     */
    public Stream<PeelDocument> read(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        LineSplitter lines = new LineSplitter(Objects.requireNonNull(in, "in"), documents.limits().maxDocumentLength());
        return Stream.iterate(next(lines, source), Objects::nonNull, x -> next(lines, source));
    }

    /**
     * @param utf8   JSON Lines in UTF-8
     * @param source a name for the input in messages
     * @return its records
     */
    public Stream<PeelDocument> read(byte[] utf8, String source) {
        return read(new ByteArrayInputStream(utf8), source);
    }

    private PeelDocument next(LineSplitter lines, String source) {
        while (true) {
            LineSplitter.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                throw PeelReadException.cannotRead(source, e);
            }
            if (line == null) {
                return null;
            }
            if (line.tooLong()) {
                return failed(source, Location.ofLine(line.number()), "Line is longer than the limit of "
                        + documents.limits().maxDocumentLength() + " bytes");
            }
            if (isBlank(line.bytes())) {
                continue;
            }
            try {
                return documents.parse(line.bytes(), source, line.number() - 1, PeelDocument.Shape.JSON_LINES_RECORD,
                        ModelReader::assessmentDocument);
            } catch (PeelReadException e) {
                return failed(source, e.location().orElse(Location.ofLine(line.number())), e.reason());
            }
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
        try (JsonGenerator g = COMPACT.createGenerator(out)) {
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
