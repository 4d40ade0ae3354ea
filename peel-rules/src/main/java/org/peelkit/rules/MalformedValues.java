package org.peelkit.rules;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.peelkit.io.Place;
import org.peelkit.io.ReadProblem;
import org.peelkit.model.Assessment;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.Quoted;

/**
 * PEEL-019: malformed values. Problems of JSON types, dates and words are found while reading;
 * the field constraints on the model's records (id syntax, empty text, text over 20,000
 * characters) are checked here with Jakarta Bean Validation, asked only about the assessments and
 * monitoring periods on which {@link FieldConstraints} finds one broken.
 */
final class MalformedValues extends CoreRule {

    MalformedValues() {
        super(ReadProblem.MALFORMED_VALUE, Severity.ERROR,
                "a malformed value: bad date, bad id syntax, empty text, text over 20,000 characters, wrong JSON type");
    }

    @Override
    public void check(RuleContext context) {
        List<ConstraintViolation<?>> violations = new ArrayList<>();
        for (Assessment a : context.assessments()) {
            if (!FieldConstraints.hold(a)) {
                violations.addAll(BeanValidation.validate(a));
            }
        }
        for (MonitoringPeriod m : context.monitoring()) {
            if (!FieldConstraints.hold(m)) {
                violations.addAll(BeanValidation.validate(m));
            }
        }
        if (!violations.isEmpty()) {
            report(context, places(context), violations);
        }
        TextCharacters.check(context);
    }

    private static void report(RuleContext context, Map<Object, Place> places, List<ConstraintViolation<?>> violations) {
        List<Located> located = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            Place owner = places.getOrDefault(v.getLeafBean(), context.document().root());
            Place at = at(owner, BeanValidation.property(v));
            located.add(new Located(at, at.pointer(), v));
        }
        located.sort(Comparator.comparing(Located::path).thenComparing(l -> l.violation().getMessage()));
        for (Located l : located) {
            context.report(l.at(), "Value " + quote(l.violation().getInvalidValue()) + " at " + l.path() + " "
                    + l.violation().getMessage());
        }
    }

    /** The place of a property of an object: {@code summary}, or {@code reasons/2} for an element of a list of text. */
    private static Place at(Place owner, String property) {
        int slash = property.indexOf('/');
        if (slash < 0) {
            return owner.field(property);
        }
        return owner.field(property.substring(0, slash)).item(Integer.parseInt(property.substring(slash + 1)));
    }

    private record Located(Place at, String path, ConstraintViolation<?> violation) {
    }

    /** Quotes the offending value as data, never as a template, shortening long text. */
    private static String quote(Object value) {
        return Quoted.of(String.valueOf(value));
    }

    /** Where every model object of the document stands, by identity: worked out only when there are violations. */
    private static Map<Object, Place> places(RuleContext context) {
        Map<Object, Place> places = new IdentityHashMap<>();
        context.forEachAssessment((a, at) -> {
            places.putIfAbsent(a, at);
            context.forEachJudgment(at, places::putIfAbsent);
            context.forEachFinding(at, (f, fat) -> {
                places.putIfAbsent(f, fat);
                context.forEachRecommendation(fat, places::putIfAbsent);
            });
            context.forEachMetric(at, places::putIfAbsent);
        });
        context.forEachMonitoringPeriod(places::putIfAbsent);
        return places;
    }
}
