package java.io;

import java.nio.charset.Charset;
import sun.nio.cs.StreamEncoder;
import java.util.Formatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints text representations of values to an output stream, encoded in
 * a charset (UTF-8 by default). Errors set a flag instead of throwing
 * ({@link #checkError}); with autoflush, the stream is flushed after
 * println, after a byte array is written, and after any text or byte
 * containing a newline. Text for a plain FileOutputStream in UTF-8 is
 * encoded and written by the VM in one step; so is text for an autoflush
 * stream over a BufferedOutputStream over one (System.out and System.err,
 * as HotSpot builds them), after the buffered bytes, which is what the
 * flush after every text write would have produced.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closing;
    /** The charset, or null for the default (UTF-8). */
    private final Charset charset;
    /** Where text goes straight to the VM, or null (see the class comment). */
    private final FileOutputStream direct;
    private StreamEncoder encoder;

    private PrintStream(boolean autoFlush, OutputStream out, Charset charset) {
        super(out);
        this.autoFlush = autoFlush;
        this.charset = charset;
        this.direct = (charset == null || charset.name().equals("UTF-8")) ? directFile(out, autoFlush) : null;
    }

    private static FileOutputStream directFile(OutputStream out, boolean autoFlush) {
        if (autoFlush && out.getClass() == BufferedOutputStream.class) {
            out = ((BufferedOutputStream) out).out;
        }
        return out.getClass() == FileOutputStream.class ? (FileOutputStream) out : null;
    }

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(autoFlush, Objects.requireNonNull(out, "Null output stream"), null);
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(autoFlush, Objects.requireNonNull(out, "Null output stream"),
                Charsets.forJavaIoName(Objects.requireNonNull(encoding, "charsetName")));
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        this(autoFlush, Objects.requireNonNull(out, "Null output stream"), Objects.requireNonNull(charset, "charset"));
    }

    public PrintStream(String fileName) throws FileNotFoundException {
        this(false, new FileOutputStream(fileName), null);
    }

    public PrintStream(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(false, new FileOutputStream(fileName), Charsets.forJavaIoName(Objects.requireNonNull(csn, "charsetName")));
    }

    public PrintStream(String fileName, Charset charset) throws IOException {
        this(false, new FileOutputStream(fileName), Objects.requireNonNull(charset, "charset"));
    }

    public PrintStream(File file) throws FileNotFoundException {
        this(false, new FileOutputStream(file), null);
    }

    public PrintStream(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(false, new FileOutputStream(file), Charsets.forJavaIoName(Objects.requireNonNull(csn, "charsetName")));
    }

    public PrintStream(File file, Charset charset) throws IOException {
        this(false, new FileOutputStream(file), Objects.requireNonNull(charset, "charset"));
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    private StreamEncoder encoder() {
        if (encoder == null) {
            encoder = new StreamEncoder(out, charset != null ? charset : Charset.defaultCharset(), false);
        }
        return encoder;
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                try {
                    if (encoder != null) {
                        encoder.close();
                    }
                    out.close();
                } catch (IOException x) {
                    trouble = true;
                }
                encoder = null;
                out = null;
            }
        }
    }

    /** Flushes, then tells whether an error has occurred (ever, until clearError). */
    public boolean checkError() {
        if (out != null) {
            flush();
        }
        if (out instanceof PrintStream) {
            return ((PrintStream) out).checkError();
        }
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    @Override
    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if (b == '\n' && autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    /** Writes text, flushing with autoflush if it holds a newline. */
    private void writeText(String s) {
        try {
            synchronized (this) {
                ensureOpen();
                if (direct != null) {
                    if (direct != out) {
                        out.flush();
                    }
                    direct.writeString(s);
                } else {
                    StreamEncoder e = encoder();
                    e.write(s, 0, s.length());
                    e.flushBuffer();
                }
                if (autoFlush && s.indexOf('\n') >= 0) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void newLine() {
        writeText(System.lineSeparator());
    }

    private void writeln(String s) {
        writeText(s.concat(System.lineSeparator()));
    }

    private boolean plain() {
        return getClass() == PrintStream.class;
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
        newLine();
    }

    public void println(boolean x) {
        if (plain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char x) {
        if (plain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(int x) {
        if (plain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(long x) {
        if (plain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(float x) {
        if (plain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(double x) {
        if (plain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char[] x) {
        if (plain()) {
            writeln(new String(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(String x) {
        if (plain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(Object x) {
        String s = String.valueOf(x);
        if (plain()) {
            writeln(s);
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    /**
     * Formats to this stream. A subclass sees the formatted text piece by
     * piece through {@link #append(CharSequence)}, as on HotSpot.
     */
    public PrintStream format(String format, Object... args) {
        try {
            synchronized (this) {
                ensureOpen();
                if (plain()) {
                    writeText(Formatter.formatToString(format, args));
                } else {
                    new Formatter(this).format(format, args);
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
        return this;
    }

    public PrintStream format(Locale l, String format, Object... args) {
        return format(format, args);
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }

    /** The charset text is encoded in. */
    public Charset charset() {
        return charset != null ? charset : Charset.defaultCharset();
    }
}
