package org.peelkit.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at {@code \n} (dropping a {@code \r} before it), holding one line
 * at a time; a line longer than the limit is consumed without being kept. Not thread-safe.
 */
final class LineSplitter {

    /**
     * @param number  the line's number, from 1
     * @param bytes   its bytes, without the line end (empty when too long)
     * @param tooLong whether the line exceeded the limit
     */
    record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final long maxLength;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private long number;

    LineSplitter(InputStream in, long maxLength) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 64 * 1024);
        this.maxLength = maxLength;
    }

    long lineNumber() {
        return number;
    }

    /** @return the next line, or null at the end of the input */
    Line next() throws IOException {
        buffer.reset();
        boolean tooLong = false;
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (++length > maxLength) {
                tooLong = true;
                buffer.reset();
            }
            if (!tooLong) {
                buffer.write(b);
            }
            b = in.read();
        }
        number++;
        byte[] bytes = buffer.toByteArray();
        if (!tooLong && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(number, tooLong ? new byte[0] : bytes, tooLong);
    }
}
