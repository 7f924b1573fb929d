package sun.nio.cs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;

/**
 * Encodes chars into the bytes of an output stream for OutputStreamWriter
 * and PrintStream (and the writers of java.nio.file.Files, which report
 * unencodable chars as CharacterCodingExceptions instead of replacing them). Bytes collect in a buffer written out when full or on
 * {@link #flushBuffer()}; a high surrogate ending one write waits for the
 * low surrogate of the next (it becomes a replacement at close).
 */
public final class StreamEncoder {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private final OutputStream out;
    private final StandardCharset charset;
    private final StandardCharset.Encoder encoder;
    private final byte[] bb = new byte[BYTE_BUFFER_SIZE];
    private int bPos;
    private char leftover;
    private boolean haveLeftover;
    private final char[] pair = new char[2];
    private char[] chunk;
    private boolean closed;

    public StreamEncoder(OutputStream out, Charset cs, boolean report) {
        this.out = out;
        this.charset = StandardCharset.of(cs);
        this.encoder = charset.newByteEncoder();
        this.encoder.report = report;
    }

    public String encodingName() {
        return closed ? null : charset.historicalName();
    }

    public boolean isClosed() {
        return closed;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    private void writeBytes() throws IOException {
        if (bPos > 0) {
            out.write(bb, 0, bPos);
            bPos = 0;
        }
    }

    /** Encodes all of src[off, end), writing out full buffers. */
    private void encode(char[] src, int off, int end, boolean endOfInput) throws IOException {
        while (off < end) {
            if (bb.length - bPos < 6) {
                writeBytes();
            }
            encoder.encode(src, off, end, bb, bPos, bb.length, endOfInput);
            bPos = encoder.dstPos;
            if (encoder.errorLength > 0) {
                throw encoder.unmappable ? new UnmappableCharacterException(encoder.errorLength)
                        : new MalformedInputException(encoder.errorLength);
            }
            if (encoder.srcPos == off && bb.length - bPos >= 6) {
                // only a high surrogate whose pair may follow is left
                leftover = src[off];
                haveLeftover = true;
                return;
            }
            off = encoder.srcPos;
        }
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        if (off < 0 || len < 0 || len > cbuf.length - off) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return;
        }
        if (haveLeftover) {
            haveLeftover = false;
            pair[0] = leftover;
            pair[1] = cbuf[off];
            encode(pair, 0, 2, false);
            off++;
            len--;
        }
        encode(cbuf, off, off + len, false);
    }

    public void write(String s, int off, int len) throws IOException {
        ensureOpen();
        if (len < 0) {
            throw new IndexOutOfBoundsException();
        }
        if (chunk == null) {
            chunk = new char[1024];
        }
        while (len > 0) {
            int n = Math.min(len, chunk.length);
            s.getChars(off, off + n, chunk, 0);
            write(chunk, 0, n);
            off += n;
            len -= n;
        }
    }

    /** Writes the buffered bytes to the stream (without flushing the stream). */
    public void flushBuffer() throws IOException {
        ensureOpen();
        writeBytes();
    }

    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    /** Encodes a waiting high surrogate as a replacement, writes everything, closes the stream. */
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (haveLeftover) {
                haveLeftover = false;
                pair[0] = leftover;
                encode(pair, 0, 1, true);
            }
            writeBytes();
        } finally {
            closed = true;
            out.close();
        }
    }
}
