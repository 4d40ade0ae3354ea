package org.peelkit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes PEEL JSON format 1 documents canonically: the spec's field order, canonical spellings,
 * absent optional fields and {@code false} defaults left out, two-space indentation, {@code \n}
 * line ends, a final line feed. {@code write(read(doc))} equals the canonical form of {@code doc}.
 * To a {@link String}, an {@link OutputStream} (UTF-8) or a {@link Writer} alike. Thread-safe.
 *
 * <pre>{@code
 * String doc = PeelJsonWriter.standard().write(assessment);   // {"peel": "1", "force": ..., pretty}
 * PeelJsonWriter.standard().write(dataset, outputStream);
 * }</pre>
 */
public final class PeelJsonWriter {

    private static final PeelJsonWriter STANDARD = new PeelJsonWriter();

    /** Built the first time something is written: reading needs only the core factory. */
    static final class Pretty {
        static final JsonMapper MAPPER = JsonMapper.builder()
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
    }

    private PeelJsonWriter() {
    }

    /** @return the shared instance */
    public static PeelJsonWriter standard() {
        return STANDARD;
    }

    /**
     * @param assessment an assessment
     * @return its canonical assessment document, with {@code "peel": "1"}, ending in a line feed
     */
    public String write(Assessment assessment) {
        StringWriter out = new StringWriter();
        write(assessment, out);
        return out.toString();
    }

    /**
     * @param dataset a dataset
     * @return its canonical dataset document, ending in a line feed
     */
    public String write(Dataset dataset) {
        StringWriter out = new StringWriter();
        write(dataset, out);
        return out.toString();
    }

    /**
     * @param assessment an assessment
     * @param out        where to write its canonical document; flushed, not closed
     */
    public void write(Assessment assessment, Writer out) {
        write(out, g -> ModelWriter.assessment(g, assessment, true));
    }

    /**
     * @param dataset a dataset
     * @param out     where to write its canonical document; flushed, not closed
     */
    public void write(Dataset dataset, Writer out) {
        write(out, g -> ModelWriter.dataset(g, dataset));
    }

    /**
     * @param assessment an assessment
     * @param out        where to write its canonical document in UTF-8; flushed, not closed
     */
    public void write(Assessment assessment, OutputStream out) {
        write(assessment, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * @param dataset a dataset
     * @param out     where to write its canonical document in UTF-8; flushed, not closed
     */
    public void write(Dataset dataset, OutputStream out) {
        write(dataset, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static void write(Writer out, Consumer<JsonGenerator> body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = Pretty.MAPPER.createGenerator(text)) {
            body.accept(g);
        }
        try {
            out.write(text.toString());
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
