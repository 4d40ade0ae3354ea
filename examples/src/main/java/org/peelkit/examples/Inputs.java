package org.peelkit.examples;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.PeelReadException;
import org.peelkit.io.PeelReader;
import org.peelkit.io.PendingDocument;
import org.peelkit.io.ReadLimits;
import org.peelkit.io.ReadProblem;

/**
 * Where the command's data comes from: a file, read by {@link PeelReader} by its name
 * ({@code .json}, {@code .jsonl}, {@code .ndjson}, {@code .csv}), standard input ({@code -}, read by
 * its content), or the bundled dataset.
 *
 * <pre>{@code
 * PeelDocument data = Inputs.read(Optional.empty()); // the bundled Met dataset
 * }</pre>
 */
final class Inputs {

    /** The name the bundled dataset goes by in messages. */
    static final String BUNDLED = "bundled:metropolitan.json";
    /** The name standard input goes by in messages. */
    static final String STDIN = "<stdin>";
    private static final String RESOURCE = "/org/peelkit/examples/metropolitan.json";
    /**
     * The command's read limits: the defaults, except that one document or JSON Lines line is at
     * most an eighth of the Java heap (8 MiB at {@code -Xmx64m}; 512 MiB at most), so that input
     * past it is refused with one message rather than running out of memory.
     */
    static final ReadLimits LIMITS = limits(Runtime.getRuntime().maxMemory());
    private static final PeelReader READER = PeelReader.withLimits(LIMITS);

    private Inputs() {
    }

    /** @return the bundled Metropolitan Police Service dataset, as a stream to read */
    static InputStream bundled() {
        return Inputs.class.getResourceAsStream(RESOURCE);
    }

    /** @return the default read limits, with documents and lines of at most an eighth of the heap */
    static ReadLimits limits(long maxHeap) {
        ReadLimits d = ReadLimits.DEFAULT;
        return new ReadLimits(d.maxNestingDepth(), d.maxStringLength(), d.maxNumberLength(), d.maxNameLength(),
                Math.min(d.maxDocumentLength(), maxHeap / 8));
    }

    /**
     * Splits an input into documents not read yet: one per JSON Lines record, else one.
     *
     * @param file a file name, {@code -}, or {@link #BUNDLED}
     * @return its documents; close the stream
     * @throws PeelReadException when the input cannot be opened
     */
    static Stream<PendingDocument> split(String file) {
        if (file.equals(BUNDLED)) {
            return READER.split(bundled(), BUNDLED);
        }
        if (file.equals("-")) {
            return READER.split(System.in, STDIN);
        }
        return READER.split(Path.of(file));
    }

    /**
     * Reads a whole input into memory; JSON Lines are gathered into one dataset.
     *
     * @param file a file name, {@code -}, or empty for the bundled dataset
     * @return what could be read, with every problem
     * @throws PeelReadException when the input cannot be read at all
     */
    static PeelDocument read(Optional<String> file) {
        String name = file.orElse(BUNDLED);
        if (name.equals(BUNDLED)) {
            return READER.readWhole(bundled(), BUNDLED);
        }
        if (name.equals("-")) {
            return READER.readWhole(System.in, STDIN);
        }
        return READER.readWhole(Path.of(name));
    }

    /** Formats a read problem as the command prints findings: {@code FILE:LINE:COLUMN: error RULE PATH MESSAGE}. */
    static String format(String source, ReadProblem p) {
        return source + ":" + p.location() + ": error " + p.rule() + " " + pointer(p.path()) + " " + p.message();
    }

    /** A JSON Pointer as printed: the empty pointer (the whole document) as {@code ""}. */
    static String pointer(String path) {
        return path.isEmpty() ? "\"\"" : path;
    }
}
