package org.peelkit.rules;

import java.util.Optional;
import org.peelkit.model.Vocabulary;

/**
 * How serious a validation finding is. A document is valid when it has no {@link #ERROR}.
 *
 * <pre>{@code
 * Severity.fromId("warning"); // Optional[WARNING]
 * }</pre>
 */
public enum Severity implements Vocabulary {
    /** The document is wrong. */
    ERROR("error"),
    /** Probably wrong, or wrong only in some readings. */
    WARNING("warning"),
    /** Worth knowing. */
    INFO("info");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * @param id {@code "error"}, {@code "warning"} or {@code "info"}
     * @return the severity, or empty
     */
    public static Optional<Severity> fromId(String id) {
        return Vocabulary.fromId(Severity.class, id);
    }
}
