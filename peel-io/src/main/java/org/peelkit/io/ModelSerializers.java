package org.peelkit.io;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;
import org.peelkit.model.CycleGrade;
import org.peelkit.model.CycleJudgment;
import org.peelkit.model.Dataset;
import org.peelkit.model.DateWindow;
import org.peelkit.model.Finding;
import org.peelkit.model.Force;
import org.peelkit.model.ForceName;
import org.peelkit.model.Judgment;
import org.peelkit.model.Metric;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Question;
import org.peelkit.model.Recommendation;
import org.peelkit.model.Vocabulary;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The writers of {@link PeelModule}: every model value in PEEL JSON's spelling, through
 * {@link ModelWriter} for the objects of the format. A model type it has no spelling for is
 * refused with an {@code InvalidDefinitionException} instead of being written as a bean.
 */
final class ModelSerializers extends SimpleSerializers {
    private static final long serialVersionUID = 1L;

    /** The package of the model; its types are written by this module or refused. */
    static final String MODEL_PACKAGE = "org.peelkit.model";

    ModelSerializers() {
        add(Assessment.class, (g, a) -> ModelWriter.assessment(g, a, false));
        add(Dataset.class, ModelWriter::dataset);
        add(Judgment.class, ModelWriter::judgment);
        add(Finding.class, ModelWriter::finding);
        add(Recommendation.class, ModelWriter::recommendation);
        add(Metric.class, ModelWriter::metric);
        add(MonitoringPeriod.class, ModelWriter::monitoring);
        add(PartialDate.class, (g, d) -> g.writeString(d.toString()));
        add(Cycle.class, (g, c) -> g.writeString(c.id()));
        add(Force.class, (g, f) -> g.writeString(f.id()));
        add(Question.class, (g, q) -> {
            g.writeStartObject();
            g.writeStringProperty("cycle", q.cycle());
            g.writeStringProperty("id", q.id());
            g.writeEndObject();
        });
        add(CycleGrade.class, (g, c) -> {
            g.writeStartObject();
            g.writeStringProperty("cycle", c.cycle().id());
            g.writeStringProperty("grade", c.grade().id());
            g.writeEndObject();
        });
        add(CycleJudgment.class, (g, c) -> {
            g.writeStartObject();
            g.writeStringProperty("cycle", c.cycle().id());
            g.writeName("judgment");
            ModelWriter.judgment(g, c.judgment());
            g.writeEndObject();
        });
        add(ForceName.class, (g, n) -> {
            g.writeStartObject();
            g.writeStringProperty("name", n.name());
            if (n.since().isPresent()) {
                g.writeStringProperty("since", n.since().get().toString());
            }
            g.writeEndObject();
        });
        add(DateWindow.class, (g, w) -> {
            g.writeStartObject();
            g.writeStringProperty("first", w.first().toString());
            g.writeStringProperty("last", w.last().toString());
            g.writeEndObject();
        });
    }

    private <T> void add(Class<T> type, BiConsumer<JsonGenerator, T> write) {
        addSerializer(type, new Writing<>(type, write));
    }

    /**
     * @param word a value of one of the model's enums
     * @return its spelling in PEEL JSON: the id of a {@link Vocabulary}, otherwise its name in
     *         lower-kebab-case ({@code OVERLAPPING} is {@code overlapping})
     */
    static String word(Enum<?> word) {
        return word instanceof Vocabulary v ? v.id() : word.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static boolean isModel(Class<?> type) {
        return type.getPackageName().equals(MODEL_PACKAGE);
    }

    @Override
    public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
            JsonFormat.Value format) {
        ValueSerializer<?> found = super.findSerializer(config, type, beanDesc, format);
        if (found != null || !isModel(type.getRawClass())) {
            return found;
        }
        return type.isEnumType() ? WORD : new Refusing(type);
    }

    @Override
    public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
            JsonFormat.Value format) {
        return isModel(type.getRawClass()) ? WORD : super.findEnumSerializer(config, type, beanDesc, format);
    }

    /** Writes a model enum as its word. */
    static final ValueSerializer<Enum<?>> WORD = new ValueSerializer<>() {
        @Override
        public void serialize(Enum<?> value, JsonGenerator g, SerializationContext ctxt) {
            g.writeString(word(value));
        }
    };

    /** Writes one model type with a method of {@link ModelWriter} or a lambda. */
    private static final class Writing<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final BiConsumer<JsonGenerator, T> write;

        Writing(Class<T> type, BiConsumer<JsonGenerator, T> write) {
            this.type = type;
            this.write = write;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            write.accept(g, value);
        }
    }

    /** Refuses a model type that has no spelling in PEEL JSON, rather than writing its getters. */
    private static final class Refusing extends ValueSerializer<Object> {
        private final JavaType type;

        Refusing(JavaType type) {
            this.type = type;
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
            ctxt.reportBadDefinition(type, "peel's Jackson module (PeelModule) has no PEEL JSON spelling for "
                    + type.getRawClass().getName() + "; write a Catalogue with CatalogueJson.write, and hold other"
                    + " values by their parts");
        }
    }
}
