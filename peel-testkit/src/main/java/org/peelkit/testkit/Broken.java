package org.peelkit.testkit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.peelkit.model.Dataset;

/**
 * A document broken by a {@link Defect}: the dataset, the rule it must break, and the finding it
 * must give: its severity, its JSON Pointer and its message. Defects the model cannot hold (an unknown field) also carry an edit of
 * the dataset's canonical JSON.
 *
 * <pre>{@code
 * Broken b = Defect.PEEL_003.apply(seed, generator);
 * String text = b.json(PeelJson.standard().write(b.dataset()));
 * // validating text gives one finding: b.severity() (error), b.rule() (PEEL-003) at b.path(), saying b.message()
 * }</pre>
 *
 * @param dataset  the broken dataset (for JSON-only defects, the valid one the edit applies to)
 * @param rule     the rule it breaks, e.g. {@code PEEL-003}
 * @param severity the finding's severity by default, {@code "error"} or {@code "warning"}
 * @param path     where the finding must be, in the dataset document
 * @param message  the finding's message, exactly
 * @param jsonEdit the edit of the canonical dataset JSON, for defects the model cannot hold
 */
public record Broken(Dataset dataset, String rule, String severity, String path, String message,
                     Optional<UnaryOperator<String>> jsonEdit) {

    /**
     * Checks that nothing is null.
     *
     * @param dataset the broken dataset (for JSON-only defects, the valid one the edit applies to)
     * @param rule the rule it breaks, e.g. {@code PEEL-003}
     * @param severity the finding's severity by default, {@code "error"} or {@code "warning"}
     * @param path where the finding must be, in the dataset document
     * @param message the finding's message, exactly
     * @param jsonEdit the edit of the canonical dataset JSON, for defects the model cannot hold
     */
    public Broken {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(jsonEdit, "jsonEdit");
    }

    /** @return whether the defect lives in the model, so validating the dataset object shows it */
    public boolean inModel() {
        return jsonEdit.isEmpty();
    }

    /**
     * @param canonicalJson the dataset written as canonical PEEL JSON
     * @return the broken document's text
     */
    public String json(String canonicalJson) {
        return jsonEdit.map(edit -> edit.apply(canonicalJson)).orElse(canonicalJson);
    }
}
