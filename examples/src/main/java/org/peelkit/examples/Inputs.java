package org.peelkit.examples;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.peelkit.io.GradeTable;
import org.peelkit.io.JsonLine;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelReadException;
import org.peelkit.io.ReadProblem;
import org.peelkit.io.ReadResult;
import org.peelkit.io.SourceMap;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;

/**
 * Where the command's data comes from: a file by its name ({@code .json}, {@code .jsonl},
 * {@code .ndjson}, {@code .csv}), standard input ({@code -}), or the bundled dataset.
 *
 * <pre>{@code
 * ReadResult<Dataset> data = Inputs.read(Optional.empty()); // the bundled Met dataset
 * }</pre>
 */
final class Inputs {

    /** The name the bundled dataset goes by in messages. */
    static final String BUNDLED = "bundled:metropolitan.json";
    private static final String RESOURCE = "/org/peelkit/examples/metropolitan.json";

    private Inputs() {
    }

    /** @return the bundled Metropolitan Police Service dataset, as a stream to read */
    static InputStream bundled() {
        return Inputs.class.getResourceAsStream(RESOURCE);
    }

    static boolean isJsonLines(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    static boolean isCsv(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * Reads a whole input into memory; JSON Lines are gathered into one dataset.
     *
     * @param file a file name, {@code -}, or empty for the bundled dataset
     * @return what could be read, with every problem
     * @throws PeelReadException when the input cannot be read at all
     */
    static ReadResult<Dataset> read(Optional<String> file) {
        PeelJson json = PeelJson.standard();
        if (file.isEmpty()) {
            return json.readDocument(bundled(), BUNDLED);
        }
        String name = file.get();
        if (name.equals("-")) {
            return json.readDocument(System.in, "<stdin>");
        }
        if (isCsv(name)) {
            return GradeTable.standard().read(Path.of(name));
        }
        if (isJsonLines(name)) {
            List<Assessment> assessments = new ArrayList<>();
            List<ReadProblem> problems = new ArrayList<>();
            try (Stream<JsonLine> lines = json.readLines(Path.of(name))) {
                lines.forEach(l -> {
                    l.result().value().ifPresent(assessments::add);
                    problems.addAll(l.result().problems());
                });
            }
            return new ReadResult<>(name, Optional.of(Dataset.of(assessments)), problems, SourceMap.EMPTY);
        }
        return json.readDocument(Path.of(name));
    }

    /** Formats a read problem as the command prints findings: {@code FILE:LINE:COLUMN: error RULE PATH MESSAGE}. */
    static String format(String source, ReadProblem p) {
        return source + ":" + p.line() + ":" + p.column() + ": error " + p.rule() + " " + pointer(p.path()) + " " + p.message();
    }

    /** A JSON Pointer as printed: the empty pointer (the whole document) as {@code ""}. */
    static String pointer(String path) {
        return path.isEmpty() ? "\"\"" : path;
    }
}
