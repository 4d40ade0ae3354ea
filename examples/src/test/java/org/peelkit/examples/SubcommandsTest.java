package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command registers only the subcommand it runs (start-up); these tests pin that the user sees
 * the same command either way.
 */
class SubcommandsTest {

    static List<String> names() {
        return List.copyOf(PeelCommand.SUBCOMMANDS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void eachSubcommandIsRegisteredUnderTheNameItsAnnotationGivesIt(String name) {
        Supplier<Object> command = PeelCommand.SUBCOMMANDS.get(name);
        assertEquals(name, new CommandLine(command.get()).getCommandName(),
                "the name that picks the subcommand differs from the name its @Command gives it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void runningASubcommandRegistersThatOneOnly(String name) {
        Map<String, CommandLine> registered = PeelCommand.commandLine(new String[] {name, "--help"}).getSubcommands();
        assertEquals(List.of(name), List.copyOf(registered.keySet()));
    }

    @Test
    void helpListsEverySubcommandInOrder() {
        CommandRun r = CommandRun.of("--help");
        assertEquals(0, r.status(), r::toString);
        int at = -1;
        for (String name : names()) {
            int next = r.out().indexOf("\n  " + name + " ");
            assertTrue(next > at, "help does not list " + name + " after the one before it:\n" + r.out());
            at = next;
        }
    }

    @Test
    void aMistypedSubcommandIsRefusedWithTheNearestSuggested() {
        CommandRun r = CommandRun.of("validat");
        assertEquals(PeelCommand.UNREADABLE, r.status(), r::toString);
        assertTrue(r.err().contains("validate"), "no suggestion of validate: " + r.err());
    }

    @Test
    void noSubcommandNamesThemAll() {
        CommandRun r = CommandRun.of();
        assertEquals(PeelCommand.UNREADABLE, r.status(), r::toString);
        assertTrue(r.err().contains("Missing command: validate, history, catalogue, convert, extract, check or report"), r.err());
    }
}
