package org.peelkit.model;

import java.util.Optional;

/**
 * A closed word list of the PEEL JSON format: each value has one canonical id, as spelt in the
 * format. Implemented by the enums of the model.
 *
 * <pre>{@code
 * Vocabulary.fromId(Grade.class, "requires-improvement"); // Optional[REQUIRES_IMPROVEMENT]
 * }</pre>
 */
public interface Vocabulary {

    /** @return the canonical id, e.g. {@code "requires-improvement"} */
    String id();

    /**
     * Looks up the value of an enum by its canonical id, exactly as spelt (no leniency).
     *
     * @param type the enum
     * @param id   the id
     * @param <E>  the enum type
     * @return the value, or empty when no value has that id
     */
    static <E extends Enum<E> & Vocabulary> Optional<E> fromId(Class<E> type, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
