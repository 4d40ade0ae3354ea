package org.peelkit.examples;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.peelkit.model.PeelException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code peel} command: validate PEEL data, print a force's grade history, show the catalogue,
 * convert between PEEL JSON, JSON Lines and CSV grade tables, and draw data as an HTML page.
 *
 * <p>Exit status: 0 no errors; 1 errors found; 2 bad usage, or input that could not be read at
 * all (one message on standard error with file, line and column, never a stack trace); 3 a fault
 * in peel itself, or standard output could not be written (a full disk: one line on standard error;
 * a closed pipe: quietly). Text output shows every control character of the data escaped
 * (<code>&#92;u001b</code>), so one finding is always one line.
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

    /**
     * The subcommands, by the name each one's {@code @Command} gives it, in the order help lists them.
     * picocli builds a command's model by reflection over its annotations, which is most of the
     * start-up of a short command, so {@link #commandLine} registers only the subcommand that is run.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("validate", ValidateCommand::new);
        all.put("history", HistoryCommand::new);
        all.put("catalogue", CatalogueCommand::new);
        all.put("convert", ConvertCommand::new);
        all.put("extract", ExtractCommand::new);
        all.put("check", CheckCommand::new);
        all.put("report", ReportCommand::new);
        return Collections.unmodifiableMap(all);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        QuietLibraryLogs.install();
        CheckedOutput stdout = new CheckedOutput(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        PrintWriter out = new TerminalWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter err = new TerminalWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(run(args, out, err, stdout));
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
        return run(args, out, err, null);
    }

    /**
     * Runs the command; a failure to write standard output ends it with {@link #FAULT}, with one
     * line on standard error unless the reader went away (a closed pipe).
     */
    private static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, CheckedOutput stdout) {
        PrintWriter out = rawOut instanceof TerminalWriter ? rawOut : new TerminalWriter(rawOut);
        PrintWriter err = rawErr instanceof TerminalWriter ? rawErr : new TerminalWriter(rawErr);
        CommandLine cl = commandLine(args);
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
        int status;
        try {
            status = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("peel: out of memory: the input needs more than the Java heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; run java with a larger -Xmx"
                    + " (what was written is incomplete)");
            status = FAULT;
        }
        out.flush();
        if (out.checkError()) {
            Optional<IOException> why = stdout == null ? Optional.empty() : stdout.failure();
            if (why.isEmpty() || !CheckedOutput.isClosedPipe(why.get())) {
                err.println("peel: cannot write standard output: "
                        + why.map(IOException::getMessage).orElse("the output failed") + "; what was written is incomplete");
            }
            status = FAULT;
        }
        err.flush();
        return status;
    }

    /**
     * The command line for these arguments: when the first names a subcommand, only that subcommand
     * is registered, since it alone can run; otherwise (help, a version, a mistyped name) all are,
     * so that help lists them and picocli can suggest the nearest.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new PeelCommand());
        Supplier<Object> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (named != null) {
            cl.addSubcommand(args[0], named.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: validate, history, catalogue, convert, extract, check or report");
    }
}
