package org.peelkit.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peelkit.model.PeelException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code peel} command: validate PEEL data, print a force's grade history, show the catalogue,
 * convert between PEEL JSON, JSON Lines and CSV grade tables, and draw data as an HTML page.
 *
 * <p>Exit status: 0 no errors; 1 errors found; 2 bad usage, or input that could not be read at
 * all (one message on standard error with file, line and column, never a stack trace); 3 a fault
 * in peel itself.
 *
 * <pre>{@code
 * java -jar examples/target/peel.jar validate                  # the bundled Met dataset
 * java -jar examples/target/peel.jar validate --format json data.json grades.jsonl
 * java -jar examples/target/peel.jar history metropolitan
 * java -jar examples/target/peel.jar catalogue 2023-25
 * java -jar examples/target/peel.jar convert data.json --to csv
 * java -jar examples/target/peel.jar extract report.txt
 * java -jar examples/target/peel.jar check data.json --text report.txt
 * java -jar examples/target/peel.jar report -o met.html
 * }</pre>
 */
@Command(name = "peel", mixinStandardHelpOptions = true, version = "peel 0.1.0",
        description = "Check and explore PEEL data: the grades HMICFRS gives the police forces of England and Wales.",
        subcommands = {ValidateCommand.class, HistoryCommand.class, CatalogueCommand.class, ConvertCommand.class,
            ExtractCommand.class, CheckCommand.class, ReportCommand.class},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 3)
public final class PeelCommand implements Runnable {

    /** Exit status: no errors. */
    public static final int OK = 0;
    /** Exit status: errors found in the data. */
    public static final int ERRORS = 1;
    /** Exit status: bad usage, or input that could not be read at all. */
    public static final int UNREADABLE = 2;
    /** Exit status: a fault in peel itself. */
    public static final int FAULT = 3;

    /** Hibernate Validator announces its version on start; the command keeps standard error for findings. */
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command in-process, for tests and embedding.
     *
     * @param args the command line
     * @param out  standard output
     * @param err  standard error
     * @return the exit status
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        HIBERNATE.setLevel(Level.WARNING);
        CommandLine cl = new CommandLine(new PeelCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof PeelException || e instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("peel: " + e.getMessage());
                return UNREADABLE;
            }
            commandLine.getErr().println("peel: internal error, please report it: " + e);
            return FAULT;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: validate, history, catalogue, convert, extract, check or report");
    }
}
