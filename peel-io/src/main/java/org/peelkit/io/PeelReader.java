package org.peelkit.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;

/**
 * The one place that chooses a reader: by file name ({@code .jsonl} and {@code .ndjson} as JSON
 * Lines, {@code .csv} as a grade table, anything else as a PEEL JSON document), and by content for a
 * stream such as standard input (a first line that is a whole JSON value followed by another line is
 * JSON Lines; a first line that starts {@code force,} is a grade table). The command line and
 * library callers use it alike. Immutable and thread-safe.
 *
 * <pre>{@code
 * try (Stream<PeelDocument> documents = PeelReader.standard().read(Path.of("grades.jsonl"))) {
 *     ValidationReport report = PeelValidator.standard().validate(documents, "grades.jsonl");
 * }
 * PeelDocument whole = PeelReader.standard().readWhole(System.in, "<stdin>"); // JSON Lines gathered into one
 * }</pre>
 */
public final class PeelReader {

    /** The formats peel reads. */
    public enum Format {
        /** A PEEL JSON document of either shape. */
        JSON,
        /** JSON Lines: one assessment per line, streamed. */
        JSON_LINES,
        /** A CSV grade table. */
        CSV;

        /**
         * @param fileName a file name
         * @return its format by its extension: anything not JSON Lines or CSV is read as PEEL JSON
         */
        public static Format ofName(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return JSON_LINES;
            }
            return name.endsWith(".csv") ? CSV : JSON;
        }
    }

    /** How far into a stream its format is looked for: a first JSON Lines record longer than this is read as JSON. */
    private static final int LOOK_AHEAD = 1 << 20;

    private static final PeelReader STANDARD = new PeelReader(ReadLimits.DEFAULT);

    private final PeelJson json;
    private final JsonLines lines;

    private PeelReader(ReadLimits limits) {
        this.json = PeelJson.withLimits(limits);
        this.lines = JsonLines.withLimits(limits);
    }

    /** @return the shared reader, with the default {@link ReadLimits} */
    public static PeelReader standard() {
        return STANDARD;
    }

    /**
     * @param limits the read limits
     * @return a reader that enforces them
     */
    public static PeelReader withLimits(ReadLimits limits) {
        return new PeelReader(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a file by its name: one document, or for JSON Lines one per record, lazily.
     *
     * @param file the file
     * @return its documents; close the stream to close the file
     * @throws PeelReadException when the file cannot be opened, or is not JSON (or CSV) at all
     */
    public Stream<PeelDocument> read(Path file) {
        return switch (Format.ofName(file.getFileName().toString())) {
            case JSON_LINES -> lines.read(file);
            case CSV -> Stream.of(GradeTable.standard().read(file));
            case JSON -> Stream.of(json.readDocument(file));
        };
    }

    /**
     * Reads a stream by its content: JSON Lines are streamed, anything else read whole.
     *
     * @param in     the input, e.g. standard input; not closed
     * @param source a name for the input in messages
     * @return its documents
     * @throws PeelReadException when the input cannot be read, or is not JSON (or CSV) at all
     */
    public Stream<PeelDocument> read(InputStream in, String source) {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        Format format = sniff(buffered, source);
        return switch (format) {
            case JSON_LINES -> lines.read(buffered, source);
            case CSV -> Stream.of(GradeTable.standard().read(buffered, source));
            case JSON -> Stream.of(json.readDocument(buffered, source));
        };
    }

    /**
     * Splits a file by its name into documents not read yet, for reading on other threads: one per
     * JSON Lines record (holding its line), or one that reads the whole document when asked.
     *
     * @param file the file
     * @return its documents in order; close the stream to close the file
     * @throws PeelReadException when a JSON Lines file cannot be opened; the others throw when read
     */
    public Stream<PendingDocument> split(Path file) {
        return switch (Format.ofName(file.getFileName().toString())) {
            case JSON_LINES -> lines.split(file);
            case CSV -> Stream.of(new PendingDocument(0, () -> GradeTable.standard().read(file)));
            case JSON -> Stream.of(new PendingDocument(0, () -> json.readDocument(file)));
        };
    }

    /**
     * Splits a stream by its content into documents not read yet.
     *
     * @param in     the input, e.g. standard input; not closed
     * @param source a name for the input in messages
     * @return its documents in order
     * @throws PeelReadException when the input cannot be read
     * @see #split(Path)
     */
    public Stream<PendingDocument> split(InputStream in, String source) {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        Format format = sniff(buffered, source);
        return switch (format) {
            case JSON_LINES -> lines.split(buffered, source);
            case CSV -> Stream.of(new PendingDocument(0, () -> GradeTable.standard().read(buffered, source)));
            case JSON -> Stream.of(new PendingDocument(0, () -> json.readDocument(buffered, source)));
        };
    }

    /**
     * Reads a file into one document: JSON Lines are gathered into one dataset
     * ({@link PeelDocument.Shape#JSON_LINES}) whose problems keep their lines.
     *
     * @param file the file
     * @return the document
     * @throws PeelReadException when the file cannot be opened, or is not JSON (or CSV) at all
     */
    public PeelDocument readWhole(Path file) {
        try (Stream<PeelDocument> documents = read(file)) {
            return whole(documents, file.toString());
        }
    }

    /**
     * @param in     the input, read by its content; not closed
     * @param source a name for the input in messages
     * @return the document
     * @throws PeelReadException when the input cannot be read, or is not JSON (or CSV) at all
     * @see #readWhole(Path)
     */
    public PeelDocument readWhole(InputStream in, String source) {
        return whole(read(in, source), source);
    }

    private static PeelDocument whole(Stream<PeelDocument> documents, String source) {
        List<PeelDocument> all = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        documents.forEach(d -> {
            all.add(d);
            assessments.addAll(d.dataset().assessments());
            problems.addAll(d.problems());
        });
        if (all.size() == 1 && all.get(0).shape() != PeelDocument.Shape.JSON_LINES_RECORD) {
            return all.get(0);
        }
        return new PeelDocument(source, PeelDocument.Shape.JSON_LINES, Optional.of(Dataset.of(assessments)), problems,
                NodeIndex.EMPTY);
    }

    /** Looks at the start of a stream, without consuming it, for the format its content has. */
    static Format sniff(BufferedInputStream in, String source) {
        in.mark(LOOK_AHEAD + 1);
        try {
            byte[] head = in.readNBytes(LOOK_AHEAD);
            in.reset();
            return formatOf(head);
        } catch (IOException e) {
            throw PeelReadException.cannotRead(source, e);
        }
    }

    /** The format of content that starts with these bytes. */
    static Format formatOf(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
            i++;
        }
        if (i < head.length && head[i] != '{' && head[i] != '[' && startsWith(head, i, "force,")) {
            return Format.CSV;
        }
        if (i >= head.length || head[i] != '{') {
            return Format.JSON;
        }
        // a JSON Lines record closes its value on its first line, and another line follows it
        int depth = 0;
        boolean inString = false;
        for (int k = i; k < head.length; k++) {
            byte b = head[k];
            if (inString) {
                if (b == '\\') {
                    k++;
                } else if (b == '"') {
                    inString = false;
                } else if (b == '\n' || b == '\r') {
                    return Format.JSON;
                }
                continue;
            }
            if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth == 0) {
                    return anotherLine(head, k + 1) ? Format.JSON_LINES : Format.JSON;
                }
            } else if (b == '\n' || b == '\r') {
                return Format.JSON;
            }
        }
        return Format.JSON;
    }

    private static boolean anotherLine(byte[] head, int from) {
        boolean lineEnded = false;
        for (int k = from; k < head.length; k++) {
            byte b = head[k];
            if (b == '\n' || b == '\r') {
                lineEnded = true;
            } else if (b != ' ' && b != '\t') {
                return lineEnded;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int from, String prefix) {
        if (head.length - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (head[from + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
