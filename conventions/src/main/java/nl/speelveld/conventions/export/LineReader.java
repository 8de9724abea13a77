package nl.speelveld.conventions.export;

import nl.speelveld.conventions.problem.ApiException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads an NDJSON body line by line as bytes (for the digest), each at most {@link #MAX_LINE_BYTES}. */
final class LineReader {

    /** The longest line read: far above any record (the largest, an assessment's input snapshot, is compressed). */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(8 * 1024);
    private int position;
    private int limit;
    private long number;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its line feed, or null at the end of the body. */
    byte[] next() throws IOException {
        line.reset();
        if (position == limit && !fill()) {
            return null;
        }
        number++;
        while (true) {
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (line.size() + (position - start) > MAX_LINE_BYTES) {
                throw ApiException.invalidField("line " + number, "is longer than " + (MAX_LINE_BYTES >> 20)
                        + " MiB", "size");
            }
            line.write(buffer, start, position - start);
            if (position < limit) {
                position++;
                return line.toByteArray();
            }
            if (!fill()) {
                return line.toByteArray();
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    /** The number of the line last read, from 1. */
    long number() {
        return number;
    }
}
