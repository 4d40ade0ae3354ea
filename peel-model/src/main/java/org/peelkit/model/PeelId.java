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
 * A force, cycle or metric id, or the id of an earlier cycle: lower-kebab-case ({@link Constraints#ID}). A composed Jakarta Bean Validation constraint: a value that does not match is reported with
 * the message of {@code ID_MESSAGE} in {@code ContributorValidationMessages.properties}, which
 * ships with peel-model. An absent value is fine.
 *
 * <pre>{@code
 * record Row(@PeelId String force) { }
 * validator.validate(new Row("Metropolitan"));   // "is not a valid id: expected lower-kebab-case, such as metropolitan or 2018-19"
 * }</pre>
 */
@Documented
@Pattern(regexp = Constraints.ID, message = Constraints.ID_MESSAGE)
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PeelId {

    /** @return the message template, used only if the constraint is reported as one violation */
    String message() default Constraints.ID_MESSAGE;

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
