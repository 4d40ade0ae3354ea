package org.peelkit.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.peelkit.model.Dataset;

/**
 * Reads PEEL JSON format 1 documents: assessment documents and dataset documents, from a file, a
 * stream or bytes alike. JSON Lines are {@link JsonLines}' job, writing {@link PeelJsonWriter}'s,
 * catalogues {@link CatalogueJson}'s, and {@link PeelReader} chooses between the formats. Immutable
 * and thread-safe: build one and share it.
 *
 * <p>Reading returns a {@link PeelDocument}: everything it could read together with every problem
 * found, each located by JSON Pointer, line and column; it throws only {@link PeelReadException},
 * for input that cannot be opened, is not JSON at all or exceeds the {@link ReadLimits}.
 *
 * <pre>{@code
 * PeelJson json = PeelJson.standard();
 * PeelDocument doc = json.readDocument(Path.of("metropolitan-2023-25.json"));  // either shape
 * doc.problems().forEach(System.err::println);
 * Assessment a = json.readAssessment(bytes, "upload.json").assessment().orElseThrow();
 * }</pre>
 */
public final class PeelJson {

    private static final PeelJson STANDARD = new PeelJson(ReadLimits.DEFAULT);

    private final JsonDocuments documents;

    private PeelJson(ReadLimits limits) {
        this.documents = new JsonDocuments(Objects.requireNonNull(limits, "limits"));
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
        return documents.limits();
    }

    // ---- either shape --------------------------------------------------------------------------

    /**
     * Reads an assessment document or a dataset document, whichever it is (a dataset document has
     * {@code "assessments"} at its top level); {@link PeelDocument#shape()} says which.
     *
     * @param file a PEEL JSON document
     * @return what could be read, with every problem
     * @throws PeelReadException when the file cannot be opened ({@link PeelReadException.Failure#CANNOT_OPEN}),
     *     or is not JSON at all
     */
    public PeelDocument readDocument(Path file) {
        return read(documents.bytes(file), file.toString(), null, ModelReader::document);
    }

    /**
     * @param in     a PEEL JSON document; read to its end, not closed
     * @param source a name for the input in messages, e.g. the file name
     * @return what could be read, with every problem
     * @throws PeelReadException when the input cannot be read, or is not JSON at all
     * @see #readDocument(Path)
     */
    public PeelDocument readDocument(InputStream in, String source) {
        return read(documents.bytes(in, source), source, null, ModelReader::document);
    }

    /**
     * @param utf8   a PEEL JSON document in UTF-8
     * @param source a name for the input in messages
     * @return what could be read, with every problem
     * @throws PeelReadException when the bytes are not JSON at all
     * @see #readDocument(Path)
     */
    public PeelDocument readDocument(byte[] utf8, String source) {
        return read(utf8, source, null, ModelReader::document);
    }

    // ---- assessment documents ------------------------------------------------------------------

    /**
     * @param file an assessment document
     * @return what could be read, with every problem; {@link PeelDocument#assessment()} gives the assessment
     * @throws PeelReadException when the file cannot be opened, or is not JSON at all
     */
    public PeelDocument readAssessment(Path file) {
        return read(documents.bytes(file), file.toString(), PeelDocument.Shape.ASSESSMENT, ModelReader::assessmentDocument);
    }

    /**
     * @param in     an assessment document; read to its end, not closed
     * @param source a name for the input in messages
     * @return what could be read, with every problem
     * @throws PeelReadException when the input cannot be read, or is not JSON at all
     */
    public PeelDocument readAssessment(InputStream in, String source) {
        return read(documents.bytes(in, source), source, PeelDocument.Shape.ASSESSMENT, ModelReader::assessmentDocument);
    }

    /**
     * @param utf8   an assessment document in UTF-8
     * @param source a name for the input in messages
     * @return what could be read, with every problem
     * @throws PeelReadException when the bytes are not JSON at all
     */
    public PeelDocument readAssessment(byte[] utf8, String source) {
        return read(utf8, source, PeelDocument.Shape.ASSESSMENT, ModelReader::assessmentDocument);
    }

    // ---- dataset documents ---------------------------------------------------------------------

    /**
     * @param file a dataset document
     * @return what could be read, with every problem
     * @throws PeelReadException when the file cannot be opened, or is not JSON at all
     */
    public PeelDocument readDataset(Path file) {
        return read(documents.bytes(file), file.toString(), PeelDocument.Shape.DATASET, ModelReader::dataset);
    }

    /**
     * @param in     a dataset document; read to its end, not closed
     * @param source a name for the input in messages
     * @return what could be read, with every problem
     * @throws PeelReadException when the input cannot be read, or is not JSON at all
     */
    public PeelDocument readDataset(InputStream in, String source) {
        return read(documents.bytes(in, source), source, PeelDocument.Shape.DATASET, ModelReader::dataset);
    }

    /**
     * @param utf8   a dataset document in UTF-8
     * @param source a name for the input in messages
     * @return what could be read, with every problem
     * @throws PeelReadException when the bytes are not JSON at all
     */
    public PeelDocument readDataset(byte[] utf8, String source) {
        return read(utf8, source, PeelDocument.Shape.DATASET, ModelReader::dataset);
    }

    private PeelDocument read(byte[] bytes, String source, PeelDocument.Shape shape,
                              Function<ModelReader, Optional<Dataset>> root) {
        return documents.parse(Objects.requireNonNull(bytes, "bytes"), Objects.requireNonNull(source, "source"), 0,
                shape, root);
    }
}
