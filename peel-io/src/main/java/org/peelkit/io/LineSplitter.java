package org.peelkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines as editors count them: {@code \n}, {@code \r\n} and a lone
 * {@code \r} each end a line. Reads in chunks, holding one line at a time; reading stops at a line
 * longer than the limit, which is neither kept nor read to its end (so that {@code /dev/zero} ends).
 * Not thread-safe.
 */
final class LineSplitter {

    /**
     * @param number  the line's number, from 1
     * @param bytes   its bytes, without the line end (empty when too long)
     * @param tooLong whether the line exceeded the limit; nothing after it is read
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
    /** Whether the last line ended in a carriage return, so that a line feed just after it belongs to it. */
    private boolean afterCr;

    LineSplitter(InputStream in, long maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    long lineNumber() {
        return number;
    }

    /** @return the next line, or null at the end of the input */
    Line next() throws IOException {
        if (afterCr) {
            afterCr = false;
            if (position == limit && !ended) {
                fill();
            }
            if (position < limit && chunk[position] == '\n') {
                position++;
            }
        }
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
            while (end < limit && chunk[end] != '\n' && chunk[end] != '\r') {
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
            if (total > maxLength) {
                ended = true;
                position = limit;
                break;
            }
            if (end < limit) {
                afterCr = chunk[end] == '\r';
                position++; // the line end
                break;
            }
        }
        number++;
        if (total > maxLength) {
            return new Line(number, new byte[0], true);
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
