/**
 * PEEL JSON format 1, JSON Lines and CSV grade tables on Jackson 3, and {@code PeelModule}, the
 * Jackson module that {@code JsonMapper.builder().findAndAddModules()} finds.
 *
 * <pre>{@code
 * module my.app {
 *     requires org.peelkit.io;
 * }
 * }</pre>
 */
module org.peelkit.io {
    requires transitive org.peelkit.model;
    // PeelModule is a Jackson module: databind's types are part of this API.
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;
    requires tools.jackson.dataformat.csv;
    requires com.fasterxml.jackson.annotation;

    exports org.peelkit.io;

    provides tools.jackson.databind.JacksonModule with org.peelkit.io.PeelModule;
}
