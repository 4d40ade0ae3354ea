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
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text of a document: at least one character that is not white space, and at most
 * {@link Constraints#MAX_TEXT} characters. A composed Jakarta Bean Validation constraint, each
 * part reported with its own message from {@code ContributorValidationMessages.properties}, which
 * ships with peel-model. An absent value is fine.
 *
 * <pre>{@code
 * record Note(@PeelText String text) { }
 * validator.validate(new Note("  "));   // "is empty: give text, or leave the field out"
 * }</pre>
 */
@Documented
@Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.BLANK_MESSAGE)
@Size(max = Constraints.MAX_TEXT, message = Constraints.LONG_MESSAGE)
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PeelText {

    /** @return the message template, used only if the constraint is reported as one violation */
    String message() default Constraints.BLANK_MESSAGE;

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
