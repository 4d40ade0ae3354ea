package org.peelkit.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the everyday commands once, in one JVM, with their output thrown away, so that
 * {@code -XX:ArchiveClassesAtExit} records every class they load. The build runs it at package time
 * to make {@code examples/target/peel.jsa}, the class-data-sharing archive that the {@code peel}
 * launcher script starts with. It also validates one document with a malformed id, since only then
 * does Hibernate Validator start (clean data never needs it), so that its classes are archived too.
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
        try {
            Path malformed = Files.createTempFile("peel-training", ".json");
            Files.writeString(malformed, "{\"peel\": \"1\", \"force\": \"Metropolitan Police\", \"cycle\": \"2016\", \"judgments\": []}");
            int status = PeelCommand.run(new String[] {"validate", malformed.toString()}, nowhere, nowhere);
            Files.delete(malformed);
            if (status != PeelCommand.ERRORS) {
                System.err.println("peel validate of a malformed id exited " + status + " while training");
                System.exit(PeelCommand.FAULT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String[] command : COMMANDS) {
            int status = PeelCommand.run(command, nowhere, nowhere);
            if (status != PeelCommand.OK) {
                System.err.println("peel " + String.join(" ", command) + " exited " + status + " while training");
                System.exit(status);
            }
        }
    }
}
