package org.peelkit.testkit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.peelkit.model.Dataset;

/**
 * A document broken by a {@link Defect}: the dataset, the rule it must break, and the JSON Pointer
 * where the finding must be. Defects the model cannot hold (an unknown field) also carry an edit of
 * the dataset's canonical JSON.
 *
 * <pre>{@code
 * Broken b = Defect.PEEL_003.apply(seed, generator);
 * String text = b.json(PeelJson.standard().write(b.dataset()));
 * // validating text gives a PEEL-003 finding at b.path()
 * }</pre>
 *
 * @param dataset  the broken dataset (for JSON-only defects, the valid one the edit applies to)
 * @param rule     the rule it breaks, e.g. {@code PEEL-003}
 * @param path     where the finding must be, in the dataset document
 * @param jsonEdit the edit of the canonical dataset JSON, for defects the model cannot hold
 */
public record Broken(Dataset dataset, String rule, String path, Optional<UnaryOperator<String>> jsonEdit) {

    /**
     * Checks that nothing is null.
     *
     * @param dataset the broken dataset (for JSON-only defects, the valid one the edit applies to)
     * @param rule the rule it breaks, e.g. {@code PEEL-003}
     * @param path where the finding must be, in the dataset document
     * @param jsonEdit the edit of the canonical dataset JSON, for defects the model cannot hold
     */
    public Broken {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
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
