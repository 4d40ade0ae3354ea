/**
 * Exhaustive enumerations and seeded generators of PEEL data for property tests, and
 * {@code SeedReporter} for JUnit Jupiter.
 *
 * <pre>{@code
 * open module my.app.test {
 *     requires org.peelkit.testkit;
 * }
 * }</pre>
 */
module org.peelkit.testkit {
    requires transitive org.peelkit.model;
    // Only SeedReporter needs JUnit; tests that use it have JUnit already.
    requires static transitive org.junit.jupiter.api;
    requires static org.opentest4j;

    exports org.peelkit.testkit;
}
