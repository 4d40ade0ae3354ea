package org.peelkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (dropping a {@code \r} before it), reading in
 * chunks and holding one line at a time; a line longer than the limit is consumed without being
 * kept. Not thread-safe.
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
    private final byte[] chunk = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean ended;
    private byte[] line = new byte[1024];
    private long number;

    LineSplitter(InputStream in, long maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    long lineNumber() {
        return number;
    }

    /** @return the next line, or null at the end of the input */
    Line next() throws IOException {
        int length = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (ended || !fill()) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            int end = start;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            int n = end - start;
            total += n;
            if (total <= maxLength) {
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
                }
                System.arraycopy(chunk, start, line, length, n);
                length += n;
            }
            position = end;
            if (end < limit) {
                position++; // the line feed
                break;
            }
        }
        number++;
        if (total > maxLength) {
            return new Line(number, new byte[0], true);
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new Line(number, Arrays.copyOf(line, length), false);
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk);
        if (n <= 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
