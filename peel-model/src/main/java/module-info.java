/**
 * The PEEL framework as immutable records and enums, with its catalogue as data.
 *
 * <pre>{@code
 * module my.app {
 *     requires org.peelkit.model;
 * }
 * }</pre>
 */
module org.peelkit.model {
    // Constraint annotations (@PeelId, @PeelText) name jakarta.validation types.
    requires transitive jakarta.validation;

    exports org.peelkit.model;
    // Bean Validation providers read the records' constrained fields by reflection.
    opens org.peelkit.model;
}
