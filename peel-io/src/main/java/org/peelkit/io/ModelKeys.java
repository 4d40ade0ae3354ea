package org.peelkit.io;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.Map;
import java.util.function.Function;
import org.peelkit.model.Cycle;
import org.peelkit.model.Force;
import org.peelkit.model.PartialDate;
import org.peelkit.model.PeelException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Map keys of {@link PeelModule}: model enums by their word, cycles and forces by id, partial
 * dates as PEEL JSON writes them, so a {@code Map<Grade, Long>} reads {@code {"good": 3}}.
 */
final class ModelKeys {

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(
            Cycle.class, Cycle::of, Force.class, Force::of, PartialDate.class, PartialDate::parse);

    private ModelKeys() {
    }

    private static boolean handles(Class<?> raw) {
        return ModelSerializers.isModel(raw) && (raw.isEnum() || PARSERS.containsKey(raw));
    }

    static String key(Object value) {
        if (value instanceof Enum<?> e) {
            return ModelSerializers.word(e);
        }
        if (value instanceof Cycle c) {
            return c.id();
        }
        return value instanceof Force f ? f.id() : value.toString();
    }

    /** Key writers. */
    static final class Writers extends SimpleSerializers {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
                JsonFormat.Value format) {
            return handles(type.getRawClass()) ? WRITER : super.findSerializer(config, type, beanDesc, format);
        }

        @Override
        public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
                JsonFormat.Value format) {
            return handles(type.getRawClass()) ? WRITER : super.findEnumSerializer(config, type, beanDesc, format);
        }

        private static final ValueSerializer<Object> WRITER = new ValueSerializer<>() {
            @Override
            public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
                g.writeName(key(value));
            }
        };
    }

    /** Key readers. */
    static final class Readers extends SimpleKeyDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
            Class<?> raw = type.getRawClass();
            if (!handles(raw)) {
                return super.findKeyDeserializer(type, config, beanDesc);
            }
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext ctxt) {
                    if (raw.isEnum()) {
                        for (Object c : raw.getEnumConstants()) {
                            if (ModelSerializers.word((Enum<?>) c).equals(key)) {
                                return c;
                            }
                        }
                        return ctxt.handleWeirdKey(raw, key, "not a word of " + raw.getSimpleName() + " in PEEL JSON");
                    }
                    try {
                        return PARSERS.get(raw).apply(key);
                    } catch (PeelException e) {
                        return ctxt.handleWeirdKey(raw, key, e.getMessage());
                    }
                }
            };
        }
    }
}
