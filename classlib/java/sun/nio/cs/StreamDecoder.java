package sun.nio.cs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;

/**
 * Decodes the bytes of an input stream into chars for InputStreamReader
 * (and the readers of java.nio.file.Files, which report malformed input
 * as MalformedInputException instead of decoding it to U+FFFD): bytes are
 * read in blocks, decoded into a char buffer, and an incomplete sequence
 * at the end of a block waits for the next one.
 */
public final class StreamDecoder {
    private static final int BYTE_BUFFER_SIZE = 8192;
    private static final int CHAR_BUFFER_SIZE = 8192;

    private final InputStream in;
    private final StandardCharset charset;
    private final StandardCharset.Decoder decoder;
    private final byte[] bb = new byte[BYTE_BUFFER_SIZE];
    private int bStart;
    private int bEnd;
    private final char[] cb = new char[CHAR_BUFFER_SIZE];
    private int cPos;
    private int cEnd;
    private boolean endOfInput;
    private boolean closed;

    public StreamDecoder(InputStream in, Charset cs, boolean report) {
        this.in = in;
        this.charset = StandardCharset.of(cs);
        this.decoder = charset.newByteDecoder();
        this.decoder.report = report;
    }

    public String encodingName() {
        return closed ? null : charset.historicalName();
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** Makes chars available in cb; false at the end of the input. */
    private boolean fill() throws IOException {
        while (cPos >= cEnd) {
            if (endOfInput && bStart >= bEnd) {
                return false;
            }
            if (!endOfInput) {
                if (bStart > 0) {
                    System.arraycopy(bb, bStart, bb, 0, bEnd - bStart);
                    bEnd -= bStart;
                    bStart = 0;
                }
                int n = in.read(bb, bEnd, bb.length - bEnd);
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bEnd += n;
                }
            }
            decoder.decode(bb, bStart, bEnd, cb, 0, cb.length, endOfInput);
            bStart = decoder.srcPos;
            cPos = 0;
            cEnd = decoder.dstPos;
            if (cEnd == 0 && decoder.malformedLength > 0) {
                throw new MalformedInputException(decoder.malformedLength);
            }
        }
        return true;
    }

    public int read() throws IOException {
        ensureOpen();
        if (!fill()) {
            return -1;
        }
        return cb[cPos++];
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        if (off < 0 || len < 0 || len > cbuf.length - off) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (cPos >= cEnd) {
                if (n > 0 && (endOfInput || in.available() <= 0)) {
                    break;
                }
                if (!fill()) {
                    break;
                }
            }
            int k = Math.min(len - n, cEnd - cPos);
            System.arraycopy(cb, cPos, cbuf, off + n, k);
            cPos += k;
            n += k;
        }
        return n == 0 ? -1 : n;
    }

    public boolean ready() throws IOException {
        ensureOpen();
        return cPos < cEnd || (bStart < bEnd && endOfInput) || (!endOfInput && in.available() > 0);
    }

    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        in.close();
    }
}
