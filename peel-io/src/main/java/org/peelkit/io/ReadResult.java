package org.peelkit.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a document gave: the value it could read, every problem found in it, and where each
 * value stood. Reading never stops at the first problem.
 *
 * <pre>{@code
 * ReadResult<Dataset> r = PeelJson.standard().readDataset(Path.of("data.json"));
 * if (!r.isClean()) {
 *     r.problems().forEach(p -> System.err.println(r.source() + ":" + p.line() + ": " + p.message()));
 * }
 * Dataset data = r.value().orElseThrow();
 * }</pre>
 *
 * @param source    the file name or other description of the input
 * @param value     what could be read; empty when the document's top level could not be read
 * @param problems  every problem found, in document order
 * @param sourceMap where each value stood
 * @param <T>       the kind of document
 */
public record ReadResult<T>(String source, Optional<T> value, List<ReadProblem> problems, SourceMap sourceMap) {

    /** Checks that nothing is null, and copies the problems. */
    public ReadResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceMap, "sourceMap");
        problems = List.copyOf(problems);
    }

    /** @return whether the document was read without any problem */
    public boolean isClean() {
        return problems.isEmpty() && value.isPresent();
    }
}
