package org.peelkit.rules;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Finding;
import org.peelkit.model.Judgment;
import org.peelkit.model.Metric;
import org.peelkit.model.MonitoringPeriod;

/**
 * PEEL-019: malformed values. Problems of JSON types, dates and words are found while reading;
 * the field constraints on the model's records (id syntax, empty text, text over 20,000
 * characters) are checked here with Jakarta Bean Validation.
 */
final class MalformedValues extends CoreRule {

    static final String ID = "PEEL-019";

    MalformedValues() {
        super(ID, Severity.ERROR,
                "a malformed value: bad date, bad id syntax, empty text, text over 20,000 characters, wrong JSON type");
    }

    @Override
    public void check(RuleContext context) {
        List<ConstraintViolation<?>> violations = new ArrayList<>();
        for (Assessment a : context.assessments()) {
            violations.addAll(BeanValidation.validate(a));
        }
        for (MonitoringPeriod m : context.monitoring()) {
            violations.addAll(BeanValidation.validate(m));
        }
        if (!violations.isEmpty()) {
            report(context, pointers(context), violations);
        }
        TextCharacters.check(context);
    }

    private static void report(RuleContext context, Map<Object, String> pointers, List<ConstraintViolation<?>> violations) {
        List<Located> located = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            located.add(new Located(pointers.getOrDefault(v.getLeafBean(), "") + "/" + BeanValidation.property(v), v));
        }
        located.sort(Comparator.comparing(Located::path).thenComparing(l -> l.violation().getMessage()));
        for (Located l : located) {
            context.report(l.path(), "Value " + quote(l.violation().getInvalidValue()) + " at " + l.path() + " "
                    + l.violation().getMessage());
        }
    }

    private record Located(String path, ConstraintViolation<?> violation) {
    }

    /** Quotes the offending value as data, never as a template, shortening long text. */
    private static String quote(Object value) {
        String s = String.valueOf(value);
        return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
    }

    /** The JSON Pointer of every model object of the document, by identity. */
    private static Map<Object, String> pointers(RuleContext context) {
        Map<Object, String> pointers = new IdentityHashMap<>();
        for (Assessment a : context.assessments()) {
            String at = context.pointerOf(a);
            pointers.put(a, at);
            for (int i = 0; i < a.judgments().size(); i++) {
                Judgment j = a.judgments().get(i);
                pointers.put(j, context.pointer(j, at, "judgments", i));
            }
            for (int i = 0; i < a.findings().size(); i++) {
                Finding f = a.findings().get(i);
                String fp = context.pointer(f, at, "findings", i);
                pointers.put(f, fp);
                if (f instanceof CauseOfConcern c) {
                    for (int r = 0; r < c.recommendations().size(); r++) {
                        var rec = c.recommendations().get(r);
                        pointers.put(rec, context.pointer(rec, fp, "recommendations", r));
                    }
                }
            }
            for (int i = 0; i < a.metrics().size(); i++) {
                Metric m = a.metrics().get(i);
                pointers.put(m, context.pointer(m, at, "metrics", i));
            }
        }
        for (int i = 0; i < context.monitoring().size(); i++) {
            MonitoringPeriod m = context.monitoring().get(i);
            pointers.put(m, context.pointer(m, "", "monitoring", i));
        }
        return pointers;
    }
}
