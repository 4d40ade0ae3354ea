package org.peelkit.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import jakarta.validation.TraversableResolver;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Dataset;
import org.peelkit.model.InnovativePractice;
import org.peelkit.model.Judgment;
import org.peelkit.model.Metric;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.PromisingPractice;
import org.peelkit.model.Recommendation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Jakarta Bean Validation checks of the model's field constraints, on one cached Hibernate
 * Validator factory built with {@link ParameterMessageInterpolator}: no Expression Language, so no
 * EL injection from data and a faster start. The factory is Hibernate Validator's predefined scope:
 * only the built-in constraints the model uses are registered and the model's metadata is built at
 * bootstrap, without XML configuration or JPA detection, to keep the command's start short. Built
 * the first time it is used, so callers who only read or write JSON never pay for it.
 */
final class BeanValidation {

    private BeanValidation() {
    }

    /** The model's records that carry constraints or cascade to records that do. */
    private static final Set<Class<?>> MODEL = Set.of(Dataset.class, Assessment.class, Judgment.class,
            CauseOfConcern.class, AreaForImprovement.class, InnovativePractice.class, PromisingPractice.class,
            Recommendation.class, Metric.class, MonitoringPeriod.class);

    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(PredefinedScopeHibernateValidator.class)
                .configure()
                .builtinConstraints(Set.of(Pattern.class.getName(), Size.class.getName()))
                .initializeBeanMetaData(MODEL)
                .ignoreXmlConfiguration()
                .traversableResolver(new EverythingReachable())
                .enableTraversableResolverResultCache(false)
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * The model has no lazily loaded properties: every property is reachable and cascadable. The
     * answer never changes, so Hibernate Validator's per-validation cache of it is turned off.
     */
    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }
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
