package org.peelkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's own Jakarta Validation setup (the default factory of Hibernate Validator, with
 * Expression Language, and only peel-model) reads the model's constraint messages as sentences:
 * the message bundle ships with peel-model.
 */
class ConstraintMessagesTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void defaultFactory() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Set<String> messages(Object value) {
        Set<String> all = new TreeSet<>();
        for (ConstraintViolation<Object> v : validator.validate(value)) {
            all.add(v.getPropertyPath() + ": " + v.getMessage());
        }
        return all;
    }

    @Test
    void everyComposedConstraintReadsAsASentence() {
        Judgment j = new Judgment("Effectiveness/", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("2018_19"), Optional.of(" \n "));
        assertEquals(Set.of(
                "carriedOverFrom: is not a valid id: expected lower-kebab-case, such as metropolitan or 2018-19",
                "question: is not a valid question id: expected lower-kebab-case, such as investigating-crime or effectiveness/investigating-crime",
                "summary: is empty: give text, or leave the field out"), messages(j));
    }

    @Test
    void theLengthLimitIsInterpolated() {
        AreaForImprovement a = new AreaForImprovement(Optional.empty(), "x".repeat(Constraints.MAX_TEXT + 1));
        assertEquals(Set.of("text: is longer than 20000 characters"), messages(a));
    }

    @Test
    void nestedRecordsAreValidatedThroughTheirCascades() {
        MonitoringPeriod m = new MonitoringPeriod("Kent", MonitoringStage.ENGAGE, PartialDate.parse("2022-04"),
                Optional.empty(), List.of("fine", ""));
        assertEquals(Set.of("force: is not a valid id: expected lower-kebab-case, such as metropolitan or 2018-19",
                "reasons[1].<list element>: is empty: give text, or leave the field out"), messages(m));
    }

    /** A user's own record using the composed constraints. */
    record Row(@PeelId String force, @PeelText String note) {
    }

    @Test
    void usersCanPutTheComposedConstraintsOnTheirOwnRecords() {
        assertEquals(Set.of("force: is not a valid id: expected lower-kebab-case, such as metropolitan or 2018-19",
                "note: is empty: give text, or leave the field out"), messages(new Row("Kent Police", "")));
    }
}
