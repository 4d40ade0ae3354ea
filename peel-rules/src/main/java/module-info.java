/**
 * The PEEL validator: Bean Validation (Hibernate Validator) plus the core rules PEEL-001 to PEEL-021.
 *
 * <pre>{@code
 * module my.app {
 *     requires org.peelkit.rules;   // reads org.peelkit.io and org.peelkit.model too
 * }
 * }</pre>
 */
module org.peelkit.rules {
    requires transitive org.peelkit.model;
    // PeelValidator takes the PeelDocuments of peel-io.
    requires transitive org.peelkit.io;
    requires jakarta.validation;
    requires org.hibernate.validator;

    exports org.peelkit.rules;

    // Rules of other libraries, found with ServiceLoader.
    uses org.peelkit.rules.Rule;
}
