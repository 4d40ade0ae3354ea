package org.peelkit.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Jakarta Bean Validation checks of the model's field constraints, on one cached Hibernate
 * Validator factory built with {@link ParameterMessageInterpolator}: no Expression Language, so no
 * EL injection from data and a faster start. Built the first time it is used, so callers who only
 * read or write JSON never pay for it.
 */
final class BeanValidation {

    private BeanValidation() {
    }

    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    static <T> Set<ConstraintViolation<T>> validate(T object) {
        return Holder.VALIDATOR.validate(object);
    }

    /**
     * The property a violation is about, relative to its leaf bean: {@code summary}, or
     * {@code reasons/2} for an element of a list of strings.
     */
    static String property(ConstraintViolation<?> violation) {
        String property = "";
        Integer index = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                property = node.getName();
                index = null;
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
                index = node.getIndex();
            }
        }
        return index == null ? property : property + "/" + index;
    }
}
