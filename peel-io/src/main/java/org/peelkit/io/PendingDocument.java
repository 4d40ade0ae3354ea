package org.peelkit.io;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A document split from its input but not read yet: one JSON Lines record (its line's bytes), or a
 * whole PEEL JSON document or grade table to be read when asked. {@link PeelReader#split} gives them
 * in input order, so that whoever takes them can read them on any thread, such as the validator
 * checking JSON Lines on every core. Immutable and thread-safe; {@link #read()} may be called more
 * than once and reads again each time.
 *
 * <pre>{@code
 * try (Stream<PendingDocument> pending = PeelReader.standard().split(Path.of("grades.jsonl"))) {
 *     pending.forEach(p -> System.out.println(p.read()));   // or hand each to a worker thread
 * }
 * }</pre>
 */
public final class PendingDocument {

    private final long size;
    private final Supplier<PeelDocument> reading;

    PendingDocument(long size, Supplier<PeelDocument> reading) {
        this.size = size;
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    /** @return the bytes it holds: a JSON Lines record's length; 0 for a document read only when asked */
    public long size() {
        return size;
    }

    /**
     * @return the document, with every problem met while reading it
     * @throws PeelReadException when it is not readable at all, as its reader says (for JSON Lines: the
     *     input is not UTF-8; a line that is merely not JSON is a document with one problem)
     */
    public PeelDocument read() {
        return reading.get();
    }
}
