package org.peelkit.examples;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The command's standard output and error: each line printed with {@code println} is one line on
 * the terminal, whatever the data in it, since its control characters (line feeds included) are
 * shown escaped by {@link TerminalText}. Documents written with {@code print} (PEEL JSON, CSV)
 * pass as they are: they are data for a file or a pipe, and JSON escapes its own controls.
 *
 * <pre>{@code
 * PrintWriter out = new TerminalWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
 * out.println("kent\n2016: error");   // prints kent&#92;u000a2016: error, on one line
 * }</pre>
 */
final class TerminalWriter extends PrintWriter {

    TerminalWriter(Writer out) {
        super(out, true);
    }

    @Override
    public void println(String line) {
        super.println(TerminalText.escape(String.valueOf(line)));
    }

    @Override
    public void println(Object line) {
        println(String.valueOf(line));
    }
}
