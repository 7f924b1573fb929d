package java.io;

/**
 * Prints text representations of values to an output stream. Text is
 * encoded in the platform encoding; when the stream is a file descriptor
 * (System.out and System.err) the VM encodes and writes it in one step.
 * Errors set a flag instead of throwing (checkError).
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closed;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(out);
        if (out == null) {
            throw new NullPointerException("Null output stream");
        }
        this.autoFlush = autoFlush;
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(out, autoFlush);
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void close() {
        if (!closed) {
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    public boolean checkError() {
        if (!closed) {
            flush();
        }
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    public void write(int b) {
        try {
            out.write(b);
            if (b == '\n' && autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void write(byte[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
            if (autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    private void writeText(String s) {
        if (out instanceof FileOutputStream) {
            ((FileOutputStream) out).writeString(s);
            return;
        }
        try {
            byte[] bytes = s.getBytes();
            out.write(bytes, 0, bytes.length);
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void print(boolean b) {
        writeText(String.valueOf(b));
    }

    public void print(char c) {
        writeText(String.valueOf(c));
    }

    public void print(int i) {
        writeText(String.valueOf(i));
    }

    public void print(long l) {
        writeText(String.valueOf(l));
    }

    public void print(float f) {
        writeText(String.valueOf(f));
    }

    public void print(double d) {
        writeText(String.valueOf(d));
    }

    public void print(char[] s) {
        writeText(new String(s));
    }

    public void print(String s) {
        writeText(String.valueOf(s));
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj));
    }

    public void println() {
        writeText("\n");
    }

    public void println(boolean x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(char x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(int x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(long x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(float x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(double x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(char[] x) {
        writeText(new String(x) + "\n");
    }

    public void println(String x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(Object x) {
        writeText(String.valueOf(x) + "\n");
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(format, args);
    }

    public PrintStream format(String format, Object... args) {
        writeText(java.util.Formatter.formatToString(format, args));
        return this;
    }

    public PrintStream format(java.util.Locale l, String format, Object... args) {
        return format(format, args);
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
