package org.peelkit.io;

import java.util.Objects;
import org.peelkit.model.Assessment;

/**
 * One line of a JSON Lines file: its number in the file and what reading it gave. A line that is
 * not JSON at all gives a result with no value and one located problem, and the lines after it are
 * still read.
 *
 * <pre>{@code
 * try (Stream<JsonLine> lines = PeelJson.standard().readLines(Path.of("grades.jsonl"))) {
 *     lines.forEach(line -> line.result().problems().forEach(p ->
 *             System.err.println("line " + line.number() + ": " + p.message())));
 * }
 * }</pre>
 *
 * @param number the line's number in the file, from 1
 * @param result what reading the line gave; problem lines and columns are those of the file
 */
public record JsonLine(long number, ReadResult<Assessment> result) {

    /** Checks that nothing is null. */
    public JsonLine {
        Objects.requireNonNull(result, "result");
    }
}
