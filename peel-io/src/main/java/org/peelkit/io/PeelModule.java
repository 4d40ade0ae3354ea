package org.peelkit.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for PEEL JSON format 1, like Jackson's own datatype modules: add it to your
 * {@code JsonMapper} to read and write {@link Assessment} and {@link Dataset} values inside your own
 * types. It is registered with {@link java.util.ServiceLoader}, so {@code findAndAddModules()}
 * finds it. The model itself stays free of Jackson.
 *
 * <p>A mapper reads strictly: the first value with problems fails with a
 * {@link MismatchedInputException} that lists them all. To get every problem with its location
 * and go on reading, use {@link PeelJson}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PeelModule()).build();
 * // or: JsonMapper.builder().findAndAddModules().build();
 * Assessment a = mapper.readValue(json, Assessment.class);
 * String out = mapper.writeValueAsString(a);   // canonical field order
 * }</pre>
 */
public final class PeelModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public PeelModule() {
        super("peel-json-1");
        addDeserializer(Assessment.class, new Reading<>(Assessment.class, r -> r.assessment(true)));
        addDeserializer(Dataset.class, new Reading<>(Dataset.class, ModelReader::dataset));
        addSerializer(Assessment.class, new ValueSerializer<>() {
            @Override
            public void serialize(Assessment value, JsonGenerator g, SerializationContext ctxt) {
                ModelWriter.assessment(g, value, false);
            }
        });
        addSerializer(Dataset.class, new ValueSerializer<>() {
            @Override
            public void serialize(Dataset value, JsonGenerator g, SerializationContext ctxt) {
                ModelWriter.dataset(g, value);
            }
        });
    }

    private static final class Reading<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<ModelReader, Optional<T>> root;

        Reading(Class<T> type, Function<ModelReader, Optional<T>> root) {
            this.type = type;
            this.root = root;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            List<ReadProblem> problems = new ArrayList<>();
            Optional<T> value = root.apply(new ModelReader(new JsonCursor(p, problems, NodeIndex.collecting(), 0, JsonCursor.Columns.CHARS)));
            if (!problems.isEmpty() || value.isEmpty()) {
                String all = problems.stream()
                        .map(x -> x.location() + " " + x.rule() + " " + x.path() + " " + x.message())
                        .collect(Collectors.joining("; "));
                throw MismatchedInputException.from(p, type, "Cannot read " + type.getSimpleName()
                        + " as PEEL JSON format 1: " + (all.isEmpty() ? "no value" : all));
            }
            return value.get();
        }
    }
}
