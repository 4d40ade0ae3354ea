package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.List;
import java.util.Map;
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
import org.peelkit.model.InnovativePractice;
import org.peelkit.model.Judgment;
import org.peelkit.model.Metric;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.PromisingPractice;
import org.peelkit.model.Recommendation;

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
                "a//b", "x y", " x ", "ü", "a\u0000", "peel-2021-22", "0", "-", "/", "é-a");
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
}
