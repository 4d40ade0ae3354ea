package org.peelkit.io;

import java.util.Arrays;

/**
 * UTF-8 input read as bytes: a strict validity check, and the conversion of the byte columns
 * Jackson's byte parser reports into the character columns an editor shows. Line starts are found
 * only when a column must be converted, so valid input pays for one scan.
 */
final class Utf8 {

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private final byte[] bytes;
    private final int from;
    private final int to;
    private int[] lineStarts;
    /** The last conversion, so that increasing columns on one line are counted on from there. */
    private int memoEnd = -1;
    private long memoUnits;
    private int memoStart = -1;

    Utf8(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.from = from;
        this.to = to;
    }

    /**
     * @return the index of the first byte that is not valid UTF-8 (overlong forms, surrogates and
     *     code points above U+10FFFF included), or -1 when every byte is
     */
    int firstInvalid() {
        int i = from;
        while (i < to) {
            if (i + 8 <= to && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
                i += 8; // eight ASCII bytes
                continue;
            }
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            int n;
            int min;
            if (lead >= 0xC2 && lead <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + n >= to) {
                return i;
            }
            int cp = lead & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += n + 1;
        }
        return -1;
    }

    /** @return the line, from 1, of the byte at {@code index} */
    long lineOf(int index) {
        int[] starts = lineStarts();
        int found = Arrays.binarySearch(starts, index);
        return (found >= 0 ? found : -found - 2) + 1L;
    }

    /** @return the character column, from 1, of the byte at {@code index} */
    long columnOf(int index) {
        int start = lineStarts()[(int) lineOf(index) - 1];
        return units(start, index) + 1L;
    }

    /**
     * @param line       a line, from 1
     * @param byteColumn a column counted in bytes, from 1
     * @return the column counted in characters (UTF-16 units), from 1
     */
    long charColumn(long line, long byteColumn) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length || byteColumn < 1) {
            return byteColumn;
        }
        int start = starts[(int) line - 1];
        int end = (int) Math.min(to, start + byteColumn - 1);
        long units;
        if (start == memoStart && end >= memoEnd) {
            units = memoUnits + units(memoEnd, end);
        } else {
            units = units(start, end);
        }
        memoStart = start;
        memoEnd = end;
        memoUnits = units;
        return units + 1L;
    }

    /** UTF-16 units in bytes [start, end). */
    private long units(int start, int end) {
        long units = 0;
        for (int i = start; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                units += b >= 0xF0 ? 2 : 1;
            }
        }
        return units;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int count = 0;
            starts[count++] = from;
            for (int i = from; i < to; i++) {
                byte b = bytes[i];
                boolean end = b == '\n' || (b == '\r' && (i + 1 >= to || bytes[i + 1] != '\n'));
                if (end) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }
}
