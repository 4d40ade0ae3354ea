/**
 * A PEEL dataset drawn as one self-contained HTML page: heatmaps, grade distributions, timelines
 * with comparability breaks, and validation findings.
 *
 * <pre>{@code
 * module my.app {
 *     requires org.peelkit.report;
 * }
 * }</pre>
 */
module org.peelkit.report {
    requires transitive org.peelkit.model;
    requires transitive org.peelkit.io;
    // ReportFinding.allOf takes a ValidationReport.
    requires transitive org.peelkit.rules;
    requires gg.jte.runtime;
    // jte marks its generated template classes @javax.annotation.processing.Generated (source retention).
    requires static java.compiler;

    exports org.peelkit.report;
    // jte's runtime loads and calls the precompiled templates (generated into this package) by reflection.
    opens org.peelkit.report to gg.jte.runtime;
}
