package org.peelkit.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command run in-process: its exit status and what it printed. */
record CommandRun(int status, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PeelCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(status, out.toString(), err.toString());
    }

    /** No stack trace reached the user. */
    boolean noStackTrace() {
        String all = out + err;
        return !all.contains("\tat ") && !all.contains("Exception:") && !all.contains("Exception\n");
    }
}
