/**
 * Judgments read from the plain text of HMICFRS pages, reports and news releases, each with its
 * place in the text.
 *
 * <pre>{@code
 * module my.app {
 *     requires org.peelkit.extract;   // reads org.peelkit.io and org.peelkit.model too
 * }
 * }</pre>
 */
module org.peelkit.extract {
    requires transitive org.peelkit.model;
    // Provenance is a Location of peel-io; PeelReadException reports pages that cannot be read.
    requires transitive org.peelkit.io;

    exports org.peelkit.extract;
}
