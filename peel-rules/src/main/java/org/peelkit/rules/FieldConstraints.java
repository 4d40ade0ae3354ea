package org.peelkit.rules;

import java.util.List;
import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Constraints;
import org.peelkit.model.Finding;
import org.peelkit.model.Judgment;
import org.peelkit.model.Metric;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.Recommendation;

/**
 * Whether every field constraint of the model holds on an object, checked by hand in one pass with
 * no allocation: the ids ({@link Constraints#ID}, {@link Constraints#QUESTION_ID}), text that is not
 * blank ({@link Constraints#NOT_BLANK}) and not over {@link Constraints#MAX_TEXT} characters. Each
 * check means exactly what its annotation means to Hibernate Validator (a {@code null} holds), so
 * Hibernate Validator is asked only about an object on which one fails, and it alone says what is
 * wrong, in its words. {@code BeanValidationCoverageTest} fails when the model gains a constraint
 * this class does not check.
 *
 * <pre>{@code
 * if (!FieldConstraints.hold(assessment)) {
 *     violations.addAll(BeanValidation.validate(assessment));
 * }
 * }</pre>
 */
final class FieldConstraints {

    private FieldConstraints() {
    }

    /** @return whether every constraint on the assessment and the objects it holds is met */
    static boolean hold(Assessment a) {
        if (!id(a.force()) || !id(a.cycle()) || !text(a.inspector()) || !text(a.source())) {
            return false;
        }
        for (Judgment j : a.judgments()) {
            if (!questionId(j.question()) || !j.carriedOverFrom().map(FieldConstraints::id).orElse(true)
                    || !text(j.summary())) {
                return false;
            }
        }
        for (Finding f : a.findings()) {
            if (!f.question().map(FieldConstraints::questionId).orElse(true) || !text(f.text())) {
                return false;
            }
            if (f instanceof CauseOfConcern c) {
                for (Recommendation r : c.recommendations()) {
                    if (!text(r.text())) {
                        return false;
                    }
                }
            }
        }
        for (Metric m : a.metrics()) {
            if (!id(m.name())) {
                return false;
            }
        }
        return true;
    }

    /** @return whether every constraint on the monitoring period is met */
    static boolean hold(MonitoringPeriod m) {
        if (!id(m.force())) {
            return false;
        }
        List<String> reasons = m.reasons();
        for (int i = 0; i < reasons.size(); i++) {
            if (!text(reasons.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(Optional<String> text) {
        return text.isEmpty() || text(text.get());
    }

    /** {@link Constraints#NOT_BLANK} and {@link Constraints#MAX_TEXT}: a character that is not {@code \s}, and not too long. */
    static boolean text(String text) {
        if (text == null) {
            return true;
        }
        if (text.length() > Constraints.MAX_TEXT) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // \s of java.util.regex without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** {@link Constraints#ID}: lower-case letters and digits in words joined by single hyphens. */
    static boolean id(String id) {
        return id == null || words(id, 0, id.length());
    }

    /** {@link Constraints#QUESTION_ID}: an id, or two joined by one slash. */
    static boolean questionId(String id) {
        if (id == null) {
            return true;
        }
        int slash = id.indexOf('/');
        return slash < 0 ? words(id, 0, id.length()) : words(id, 0, slash) && words(id, slash + 1, id.length());
    }

    /** {@code [a-z0-9]+(-[a-z0-9]+)*} over {@code [from, to)}. */
    private static boolean words(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else if (c == '-' && !afterHyphen) {
                afterHyphen = true;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }
}
