package org.peelkit.examples;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs the everyday commands once, in one JVM, with their output thrown away, so that
 * {@code -XX:ArchiveClassesAtExit} records every class they load. The build runs it at package time
 * to make {@code examples/target/peel.jsa}, the class-data-sharing archive that the {@code peel}
 * launcher script starts with.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=target/peel.jsa -cp target/peel.jar org.peelkit.examples.ClassDataSharingTraining
 * }</pre>
 */
public final class ClassDataSharingTraining {

    private static final String[][] COMMANDS = {
        {"validate"},
        {"validate", "--format", "json"},
        {"history", "metropolitan"},
        {"catalogue"},
    };

    private ClassDataSharingTraining() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (String[] command : COMMANDS) {
            int status = PeelCommand.run(command, nowhere, nowhere);
            if (status != PeelCommand.OK) {
                System.err.println("peel " + String.join(" ", command) + " exited " + status + " while training");
                System.exit(status);
            }
        }
    }
}
