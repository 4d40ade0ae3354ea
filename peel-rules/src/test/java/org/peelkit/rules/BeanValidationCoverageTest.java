package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Constraints;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.InnovativePractice;
import org.peelkit.model.Judgment;
import org.peelkit.model.Metric;
import org.peelkit.model.MetricUnit;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.MonitoringStage;
import org.peelkit.model.PartialDate;
import org.peelkit.model.PromisingPractice;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;

/**
 * {@link FieldConstraints} decides when Hibernate Validator is asked at all, so it must check every
 * constraint the model declares, meaning exactly what the annotation means.
 */
class BeanValidationCoverageTest {

    @Test
    void everyConstraintOfTheModelIsOneFieldConstraintsChecks() {
        var validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        TreeSet<String> declared = new TreeSet<>();
        for (Class<?> type : List.of(Dataset.class, Assessment.class, Judgment.class, CauseOfConcern.class,
                AreaForImprovement.class, InnovativePractice.class, PromisingPractice.class, Recommendation.class,
                Metric.class, MonitoringPeriod.class)) {
            BeanDescriptor bean = validator.getConstraintsForClass(type);
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                String at = type.getSimpleName() + "." + p.getPropertyName();
                p.getConstraintDescriptors().forEach(c -> leaves(c).forEach(l -> declared.add(at + " " + describe(l))));
                for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
                    e.getConstraintDescriptors().forEach(c -> leaves(c).forEach(l -> declared.add(at + "[] " + describe(l))));
                }
            }
        }
        String text = "Pattern " + Constraints.NOT_BLANK;
        String size = "Size " + Constraints.MAX_TEXT;
        TreeSet<String> checked = new TreeSet<>(List.of(
                "Assessment.force Pattern " + Constraints.ID, "Assessment.cycle Pattern " + Constraints.ID,
                "Assessment.inspector[] " + text, "Assessment.inspector[] " + size,
                "Assessment.source[] " + text, "Assessment.source[] " + size,
                "Judgment.question Pattern " + Constraints.QUESTION_ID,
                "Judgment.carriedOverFrom[] Pattern " + Constraints.ID,
                "Judgment.summary[] " + text, "Judgment.summary[] " + size,
                "Metric.name Pattern " + Constraints.ID,
                "MonitoringPeriod.force Pattern " + Constraints.ID,
                "MonitoringPeriod.reasons[] " + text, "MonitoringPeriod.reasons[] " + size,
                "Recommendation.text " + text, "Recommendation.text " + size));
        for (String finding : List.of("CauseOfConcern", "AreaForImprovement", "InnovativePractice", "PromisingPractice")) {
            checked.addAll(List.of(finding + ".question[] Pattern " + Constraints.QUESTION_ID,
                    finding + ".text " + text, finding + ".text " + size));
        }
        assertEquals(checked, declared, "the model's constraints changed: make FieldConstraints check exactly these");
    }

    /** A composed constraint (@PeelId, @PeelText) stands for the constraints it is made of. */
    private static Stream<ConstraintDescriptor<?>> leaves(ConstraintDescriptor<?> c) {
        return c.getComposingConstraints().isEmpty() ? Stream.of(c)
                : c.getComposingConstraints().stream().flatMap(BeanValidationCoverageTest::leaves);
    }

    private static String describe(ConstraintDescriptor<?> c) {
        Map<String, Object> a = c.getAttributes();
        String name = c.getAnnotation().annotationType().getSimpleName();
        return name + " " + (name.equals("Size") ? a.get("max") : a.get("regexp"));
    }

    static Stream<String> values() {
        return Stream.of("", " ", "\t\n", "\u000B", "\f\r ", "\u00A0", "\u2003", "a", "metropolitan", "avon-and-somerset",
                "-a", "a-", "a--b", "a-b-c", "A", "a_b", "2021", "2021-22", "a/b", "a/b/c", "/a", "a/", "a-b/c-d",
                "a//b", "x y", " x ", "ü", "a\u0000", "peel-2021-22", "0", "-", "/", "é-a",
                // the ends of the ranges a-z and 0-9, and the characters just outside them
                "z", "9", "z9-a0", "`", "{", ":", "a`", "a{", "0:", "9/z", "z/9", "/z", "9/");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("values")
    void checksMeanWhatTheRegularExpressionsMean(String value) {
        assertEquals(value.matches(Constraints.ID), FieldConstraints.id(value), "id");
        assertEquals(value.matches(Constraints.QUESTION_ID), FieldConstraints.questionId(value), "question id");
        assertEquals(value.matches(Constraints.NOT_BLANK), FieldConstraints.text(value), "text");
    }

    @Test
    void textOverTheLimitFailsAndAtTheLimitHolds() {
        assertEquals(true, FieldConstraints.text("x".repeat(Constraints.MAX_TEXT)));
        assertEquals(false, FieldConstraints.text("x".repeat(Constraints.MAX_TEXT + 1)));
    }

    @Test
    void aNullHoldsAsItDoesForHibernateValidator() {
        assertEquals(true, FieldConstraints.id(null), "id");
        assertEquals(true, FieldConstraints.questionId(null), "question id");
        assertEquals(true, FieldConstraints.text(null), "text");
    }

    /** The fields {@link #assessment} and {@link #monitoring} can break, one at a time. */
    static Stream<String> brokenFields() {
        return Stream.of("none", "force", "cycle", "inspector", "source", "question", "carriedOverFrom", "summary",
                "finding question", "finding text", "recommendation", "metric", "monitoring force", "reason");
    }

    /**
     * An assessment with every constrained field given and valid, each list holding a valid item
     * before the one that may be broken, except the field named, which holds a value its
     * constraint refuses.
     */
    private static Assessment assessment(String broken) {
        return Assessment.builder(value(broken, "force", "avon-and-somerset", "Avon"),
                        value(broken, "cycle", "2021-22", "2021/22"))
                .inspector(value(broken, "inspector", "Lee Freeman", " \t"))
                .source(value(broken, "source", "https://example.org/kent", "x".repeat(Constraints.MAX_TEXT + 1)))
                .partial(true)
                .judgment(Judgment.of("preventing-crime", Grade.GOOD))
                .judgment(new Judgment(value(broken, "question", "investigating-crime/victims", "investigating-crime//victims"),
                        Optional.of(Grade.GOOD), Optional.empty(), Optional.empty(),
                        Optional.of(value(broken, "carriedOverFrom", "2018-19", "2018_19")),
                        Optional.of(value(broken, "summary", "Good.", "\n"))))
                .finding(new AreaForImprovement(Optional.of("preventing-crime"), "Improve."))
                .finding(new CauseOfConcern(Optional.of(value(broken, "finding question", "a/b", "a/")),
                        value(broken, "finding text", "Concern.", ""), false,
                        List.of(new Recommendation("Act.", RecommendationStatus.OPEN, Optional.empty()),
                                new Recommendation(value(broken, "recommendation", "Act again.", "\r\n"),
                                        RecommendationStatus.OPEN, Optional.empty()))))
                .metric(Metric.of("calls-answered", BigDecimal.ONE, MetricUnit.COUNT))
                .metric(Metric.of(value(broken, "metric", "crimes-recorded", "crimes-"), BigDecimal.ONE, MetricUnit.COUNT))
                .build();
    }

    private static MonitoringPeriod monitoring(String broken) {
        return new MonitoringPeriod(value(broken, "monitoring force", "kent", "kent "), MonitoringStage.ENGAGE,
                PartialDate.parse("2022-06"), Optional.empty(), List.of("Fine.", value(broken, "reason", "Again.", "\f")));
    }

    /** @return the bad value when the field is the one broken, else the good one */
    private static String value(String broken, String field, String good, String bad) {
        return field.equals(broken) ? bad : good;
    }

    /**
     * {@link FieldConstraints#hold} says yes exactly when Hibernate Validator finds nothing: on an
     * assessment and a monitoring period with every field valid, and with each field broken alone.
     */
    @ParameterizedTest(name = "broken: {0}")
    @MethodSource("brokenFields")
    void holdsExactlyWhenHibernateValidatorFindsNothing(String broken) {
        Assessment a = assessment(broken);
        MonitoringPeriod m = monitoring(broken);
        boolean monitoringBroken = List.of("monitoring force", "reason").contains(broken);
        boolean assessmentValid = broken.equals("none") || monitoringBroken;
        boolean monitoringValid = !monitoringBroken;
        assertEquals(assessmentValid, BeanValidation.validate(a).isEmpty(), "Hibernate Validator on the assessment");
        assertEquals(assessmentValid, FieldConstraints.hold(a), "FieldConstraints on the assessment");
        assertEquals(monitoringValid, BeanValidation.validate(m).isEmpty(), "Hibernate Validator on the monitoring period");
        assertEquals(monitoringValid, FieldConstraints.hold(m), "FieldConstraints on the monitoring period");
    }

    @Test
    void absentOptionalFieldsHold() {
        Assessment a = Assessment.builder("kent", "2016").partial(true)
                .judgment(Judgment.of("effectiveness", Grade.GOOD))
                .finding(new CauseOfConcern(Optional.empty(), "Concern.", false, List.of()))
                .build();
        assertEquals(true, FieldConstraints.hold(a));
        assertEquals(true, FieldConstraints.hold(new MonitoringPeriod("kent", MonitoringStage.SCAN,
                PartialDate.parse("2022"), Optional.empty(), List.of())));
    }
}
