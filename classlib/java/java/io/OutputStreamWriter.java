package java.io;

import java.nio.charset.Charset;
import sun.nio.cs.StreamEncoder;

/**
 * A writer encoding chars into an output stream in a charset (UTF-8 by
 * default). Encoded bytes are buffered until flush or close.
 */
public class OutputStreamWriter extends Writer {
    private final StreamEncoder se;

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        super(out);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        se = new StreamEncoder(out, Charsets.forJavaIoName(charsetName), false);
    }

    public OutputStreamWriter(OutputStream out) {
        super(out);
        se = new StreamEncoder(out, Charset.defaultCharset(), false);
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        se = new StreamEncoder(out, cs, false);
    }

    /** The historical name of the charset ("UTF8", "ISO8859_1"...), or null once closed. */
    public String getEncoding() {
        return se.encodingName();
    }

    void flushBuffer() throws IOException {
        se.flushBuffer();
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        se.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        if (len < 0) {
            throw new IndexOutOfBoundsException();
        }
        se.write(str, off, len);
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        String s = String.valueOf(csq);
        se.write(s, 0, s.length());
        return this;
    }

    @Override
    public void flush() throws IOException {
        se.flush();
    }

    @Override
    public void close() throws IOException {
        se.close();
    }
}
