package org.peelkit.examples;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Standard output that remembers why writing failed, so that a failed write never looks like
 * success: a full disk ({@code > /dev/full}) ends the command with one line on standard error and
 * exit 3; a reader that went away ({@code | head}) ends it quietly, also with exit 3. After the
 * first failure every later write fails at once, so that nothing is written out of order.
 *
 * <pre>{@code
 * CheckedOutput stdout = new CheckedOutput(new FileOutputStream(FileDescriptor.out));
 * ...
 * stdout.failure().ifPresent(e -> System.err.println("peel: cannot write standard output: " + e.getMessage()));
 * }</pre>
 */
final class CheckedOutput extends FilterOutputStream {

    private volatile IOException failure;

    CheckedOutput(OutputStream out) {
        super(out);
    }

    /** @return the first failure to write, if any */
    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * @param e a failure to write
     * @return whether it says the reader went away ({@code EPIPE}), which may end the command quietly
     */
    static boolean isClosedPipe(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("broken pipe") || message.contains("stream closed");
    }

    @Override
    public void write(int b) throws IOException {
        check();
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        check();
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private void check() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
