package org.peelkit.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;
import org.peelkit.model.CycleGrade;
import org.peelkit.model.CycleJudgment;
import org.peelkit.model.Dataset;
import org.peelkit.model.DateWindow;
import org.peelkit.model.Finding;
import org.peelkit.model.Force;
import org.peelkit.model.ForceName;
import org.peelkit.model.Grade;
import org.peelkit.model.InnovativePractice;
import org.peelkit.model.Judgment;
import org.peelkit.model.Metric;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.PartialDate;
import org.peelkit.model.PeelException;
import org.peelkit.model.PromisingPractice;
import org.peelkit.model.Question;
import org.peelkit.model.Recommendation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleDeserializers;

/**
 * The readers of {@link PeelModule}: every model value in PEEL JSON's spelling, the objects of
 * the format through {@link ModelReader}. Reading is strict: the first value with problems fails
 * with a {@link MismatchedInputException} that names them all. Cycles, forces and questions are
 * looked up in the built-in catalogue.
 */
final class ModelDeserializers extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    ModelDeserializers() {
        model(Assessment.class, r -> r.assessment(true));
        model(Dataset.class, ModelReader::dataset);
        model(Judgment.class, ModelReader::judgment);
        model(Finding.class, ModelReader::finding);
        model(CauseOfConcern.class, ModelReader::finding);
        model(AreaForImprovement.class, ModelReader::finding);
        model(InnovativePractice.class, ModelReader::finding);
        model(PromisingPractice.class, ModelReader::finding);
        model(Recommendation.class, ModelReader::recommendation);
        model(Metric.class, ModelReader::metric);
        model(MonitoringPeriod.class, ModelReader::monitoring);
        text(PartialDate.class, PartialDate::parse);
        text(Cycle.class, Cycle::of);
        text(Force.class, Force::of);
        object(Question.class, (o, p, ctxt) -> Catalogue.builtIn().question(o.text("cycle"), o.text("id"))
                .orElseThrow(() -> new PeelException("no question '" + o.text("id") + "' in cycle '" + o.text("cycle")
                        + "' of the built-in catalogue")), "cycle", "id");
        object(CycleGrade.class, (o, p, ctxt) -> CycleGrade.of(Cycle.of(o.text("cycle")), grade(o.text("grade"))),
                "cycle", "grade");
        object(CycleJudgment.class, (o, p, ctxt) -> new CycleJudgment(Cycle.of(o.text("cycle")), o.judgment()),
                "cycle", "judgment");
        object(ForceName.class, (o, p, ctxt) -> new ForceName(o.text("name"), o.optionalText("since").map(LocalDate::parse)),
                "name", "since");
        object(DateWindow.class, (o, p, ctxt) -> new DateWindow(LocalDate.parse(o.text("first")), LocalDate.parse(o.text("last"))),
                "first", "last");
    }

    private static Grade grade(String id) {
        return Grade.fromId(id).orElseThrow(() -> new PeelException("'" + id + "' is not a grade of PEEL JSON format 1"));
    }

    private <T> void model(Class<T> type, Function<ModelReader, Optional<? extends Object>> root) {
        addDeserializer(type, new ModelValueDeserializer<>(type, root));
    }

    private <T> void text(Class<T> type, Function<String, T> parse) {
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw MismatchedInputException.from(p, type, "Cannot read " + type.getSimpleName()
                            + " as PEEL JSON: expected a string, found " + p.currentToken());
                }
                String s = p.getString();
                try {
                    return parse.apply(s);
                } catch (PeelException | IllegalArgumentException e) {
                    throw MismatchedInputException.from(p, type, "Cannot read " + type.getSimpleName()
                            + " as PEEL JSON: " + e.getMessage());
                }
            }
        });
    }

    /** Builds a value from the fields of a small object. */
    @FunctionalInterface
    private interface Build<T> {
        T build(Fields fields, JsonParser p, DeserializationContext ctxt);
    }

    private <T> void object(Class<T> type, Build<T> build, String... names) {
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                Fields fields = new Fields(p, type, Arrays.asList(names));
                fields.read(ctxt);
                try {
                    return build.build(fields, p, ctxt);
                } catch (PeelException | DateTimeParseException e) {
                    throw MismatchedInputException.from(p, type, "Cannot read " + type.getSimpleName()
                            + " as PEEL JSON: " + e.getMessage());
                }
            }
        });
    }

    /** The fields of a small object: strings, and a judgment where one is named. */
    private static final class Fields {
        private final JsonParser p;
        private final Class<?> type;
        private final List<String> names;
        private final String[] texts;
        private Judgment judgment;

        Fields(JsonParser p, Class<?> type, List<String> names) {
            this.p = p;
            this.type = type;
            this.names = names;
            this.texts = new String[names.size()];
        }

        void read(DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw fail("expected an object with " + String.join(", ", names) + ", found " + p.currentToken());
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                int i = names.indexOf(name);
                if (i < 0) {
                    throw fail("unknown field '" + name + "' (expected " + String.join(", ", names) + ")");
                }
                JsonToken t = p.nextToken();
                if (name.equals("judgment")) {
                    judgment = new ModelValueDeserializer<>(Judgment.class, ModelReader::judgment).deserialize(p, ctxt);
                    texts[i] = "";
                } else if (t == JsonToken.VALUE_STRING) {
                    texts[i] = p.getString();
                } else {
                    throw fail("field '" + name + "' must be a string, found " + t);
                }
            }
        }

        String text(String name) {
            String s = texts[names.indexOf(name)];
            if (s == null) {
                throw fail("missing required field '" + name + "'");
            }
            return s;
        }

        Optional<String> optionalText(String name) {
            return Optional.ofNullable(texts[names.indexOf(name)]);
        }

        Judgment judgment() {
            text("judgment");
            return judgment;
        }

        private MismatchedInputException fail(String why) {
            return MismatchedInputException.from(p, type, "Cannot read " + type.getSimpleName() + " as PEEL JSON: " + why);
        }
    }

    @Override
    public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        Class<?> raw = type.getRawClass();
        return ModelSerializers.isModel(raw) ? new WordDeserializer(raw) : super.findEnumDeserializer(type, config, beanDesc);
    }

    @Override
    public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        ValueDeserializer<?> found = super.findBeanDeserializer(type, config, beanDesc);
        if (found != null || !ModelSerializers.isModel(type.getRawClass()) || Throwable.class.isAssignableFrom(type.getRawClass())) {
            return found;
        }
        return new ValueDeserializer<Object>() {
            @Override
            public Object deserialize(JsonParser p, DeserializationContext ctxt) {
                return ctxt.reportBadDefinition(type, "peel's Jackson module (PeelModule) has no PEEL JSON spelling for "
                        + type.getRawClass().getName() + "; read a Catalogue with CatalogueJson.read");
            }
        };
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return super.hasDeserializerFor(config, valueType) || ModelSerializers.isModel(valueType) && valueType.isEnum();
    }

    /** Reads a model enum from its word, as {@link ModelSerializers#word} spells it. */
    private static final class WordDeserializer extends ValueDeserializer<Object> {
        private final Class<?> type;

        WordDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : null;
            for (Object c : type.getEnumConstants()) {
                if (ModelSerializers.word((Enum<?>) c).equals(s)) {
                    return c;
                }
            }
            String words = Arrays.stream(type.getEnumConstants()).map(c -> ModelSerializers.word((Enum<?>) c))
                    .collect(Collectors.joining(", "));
            throw MismatchedInputException.from(p, type, "Cannot read " + type.getSimpleName() + " as PEEL JSON: "
                    + (s == null ? "expected a string, found " + p.currentToken() : "'" + s + "' is not one of " + words));
        }
    }

    /** Reads an object of the format with {@link ModelReader}, failing with every problem it found. */
    static final class ModelValueDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<ModelReader, Optional<? extends Object>> root;

        ModelValueDeserializer(Class<T> type, Function<ModelReader, Optional<? extends Object>> root) {
            this.type = type;
            this.root = root;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            List<ReadProblem> problems = new ArrayList<>();
            Optional<? extends Object> value = root.apply(new ModelReader(
                    new JsonCursor(p, problems, NodeIndex.collecting(), 0, JsonCursor.Columns.CHARS)));
            if (!problems.isEmpty() || value.isEmpty()) {
                String all = problems.stream()
                        .map(x -> x.location() + " " + x.rule() + " " + x.path() + " " + x.message())
                        .collect(Collectors.joining("; "));
                throw MismatchedInputException.from(p, type, "Cannot read " + type.getSimpleName()
                        + " as PEEL JSON format 1: " + (all.isEmpty() ? "no value" : all));
            }
            if (!type.isInstance(value.get())) {
                throw MismatchedInputException.from(p, type, "Cannot read " + type.getSimpleName()
                        + " as PEEL JSON format 1: found a " + ((Finding) value.get()).type().id() + " finding");
            }
            return type.cast(value.get());
        }
    }
}
