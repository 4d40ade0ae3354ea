package org.peelkit.io;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peelkit.model.Quoted;
import org.peelkit.model.Vocabulary;

/**
 * The one reader of closed words (grades, statuses, units, finding types...), shared by PEEL JSON
 * and CSV grade tables so that an unknown word gets one message wherever it is met:
 * {@code Unknown grade 'satisfactory': expected one of outstanding, good, ...}. Thread-safe.
 */
final class ClosedWords {

    /** Each vocabulary's words by id, and the list a message gives, built once per enum. */
    private record Words(Map<String, Object> byId, String expected) {
    }

    private static final ClassValue<Words> WORDS = new ClassValue<>() {
        @Override
        protected Words computeValue(Class<?> type) {
            Map<String, Object> words = new HashMap<>();
            for (Object value : type.getEnumConstants()) {
                words.put(((Vocabulary) value).id(), value);
            }
            String expected = Stream.of(type.getEnumConstants()).map(v -> ((Vocabulary) v).id())
                    .collect(Collectors.joining(", "));
            return new Words(Map.copyOf(words), expected);
        }
    };

    private ClosedWords() {
    }

    /**
     * @param type the vocabulary
     * @param text the word as written
     * @return the word, when the vocabulary has it
     */
    static <E extends Enum<E> & Vocabulary> Optional<E> read(Class<E> type, String text) {
        return Optional.ofNullable(type.cast(WORDS.get(type).byId().get(text)));
    }

    /**
     * @param type the vocabulary
     * @param what what the word names in a message, e.g. {@code "grade"}
     * @param text the word as written
     * @return the one message for an unknown word
     */
    static String unknown(Class<?> type, String what, String text) {
        return "Unknown " + what + " " + Quoted.of(text) + ": expected one of " + WORDS.get(type).expected();
    }
}
