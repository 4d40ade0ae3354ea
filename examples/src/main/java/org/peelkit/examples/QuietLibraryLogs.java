package org.peelkit.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The java.util.logging configuration of the {@code peel} command: Hibernate Validator's start-up
 * line ({@code HV000001: Hibernate Validator 9...}) would otherwise reach standard error, which the
 * command keeps for its own messages. {@link PeelCommand#main} names this class in the system
 * property {@code java.util.logging.config.class} (unless you set a logging configuration yourself),
 * so java.util.logging reads it only when a library first logs: a command that never starts
 * Hibernate Validator never starts java.util.logging either, which saves start-up time.
 *
 * <pre>{@code
 * System.setProperty("java.util.logging.config.class", QuietLibraryLogs.class.getName());
 * }</pre>
 */
public final class QuietLibraryLogs {

    private static final String CONFIGURATION = String.join("\n",
            "handlers = java.util.logging.ConsoleHandler",
            ".level = INFO",
            "org.hibernate.validator.level = WARNING",
            "");

    /**
     * Configures java.util.logging; called by its {@link LogManager}.
     *
     * @throws IOException never: the configuration is in memory
     */
    public QuietLibraryLogs() throws IOException {
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.UTF_8)));
    }

    /** Names this configuration for java.util.logging, unless a configuration is set already. */
    static void install() {
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", QuietLibraryLogs.class.getName());
        }
    }
}
