package io.statements.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a spooled NDJSON body line by line into a caller's buffer, scanning its own block buffer for '\n'
 * (reading byte by byte through a BufferedInputStream, whose read() is synchronized, took a tenth of a bulk
 * import's service CPU).
 */
final class NdjsonLines {

    static final int EOF = -1;
    static final int TOO_LONG = -2;

    private final InputStream in;
    private final byte[] block = new byte[1 << 16];
    private int pos;
    private int limit;

    NdjsonLines(InputStream in) {
        this.in = in;
    }

    /**
     * Reads up to the next '\n' (not included) into {@code line} and returns its length; a line longer than
     * {@code line} is skipped to its end and reported as {@link #TOO_LONG}; {@link #EOF} when nothing is left.
     */
    int next(byte[] line) throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!any) {
                    return EOF;
                }
                break;
            }
            any = true;
            int end = pos;
            while (end < limit && block[end] != '\n') {
                end++;
            }
            int n = end - pos;
            if (!tooLong) {
                int room = line.length - length;
                if (n > room) {
                    tooLong = true;
                } else {
                    System.arraycopy(block, pos, line, length, n);
                    length += n;
                }
            }
            if (end < limit) { // found the line's end
                pos = end + 1;
                break;
            }
            pos = limit;
        }
        return tooLong ? TOO_LONG : length;
    }

    private boolean fill() throws IOException {
        int n = in.read(block);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
