package org.peelkit.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A question id: an id, or a pillar id, a slash and an id ({@link Constraints#QUESTION_ID}). A composed Jakarta Bean Validation constraint: a value that does not match is reported with
 * the message of {@code QUESTION_ID_MESSAGE} in {@code ContributorValidationMessages.properties}, which
 * ships with peel-model. An absent value is fine.
 *
 * <pre>{@code
 * record Row(@PeelQuestionId String question) { }
 * validator.validate(new Row("Effectiveness/"));   // "is not a valid question id: expected lower-kebab-case, such as investigating-crime or effectiveness/investigating-crime"
 * }</pre>
 */
@Documented
@Pattern(regexp = Constraints.QUESTION_ID, message = Constraints.QUESTION_ID_MESSAGE)
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PeelQuestionId {

    /** @return the message template, used only if the constraint is reported as one violation */
    String message() default Constraints.QUESTION_ID_MESSAGE;

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
