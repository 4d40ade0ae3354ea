package org.peelkit.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Output that fails like a full disk, for testing what a writer does when its output fails: every
 * write and flush throws {@link IOException} "No space left on device" ({@link #MESSAGE}); closing
 * succeeds, as it may on a real full disk.
 *
 * <pre>{@code
 * UncheckedIOException e = assertThrows(UncheckedIOException.class,
 *         () -> GradeTable.standard().write(dataset, FullDisk.writer()));
 * assertEquals(FullDisk.MESSAGE, e.getCause().getMessage());
 * }</pre>
 */
public final class FullDisk {

    /** The message of every failure: what Linux says for {@code ENOSPC}. */
    public static final String MESSAGE = "No space left on device";

    private FullDisk() {
    }

    /** @return a writer whose every write and flush fails */
    public static Writer writer() {
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException(MESSAGE);
            }

            @Override
            public void flush() throws IOException {
                throw new IOException(MESSAGE);
            }

            @Override
            public void close() {
            }
        };
    }

    /** @return a stream whose every write and flush fails */
    public static OutputStream stream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(MESSAGE);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(MESSAGE);
            }

            @Override
            public void flush() throws IOException {
                throw new IOException(MESSAGE);
            }
        };
    }
}
