package java.util;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Breaks text into tokens separated by a delimiter (whitespace by default)
 * and converts them to numbers the way Locale.US writes them ("1,234",
 * "-5", "1e3", "NaN"...). Lines are ended by "\n", "\r\n", "\r", U+2028,
 * U+2029 or U+0085. A custom delimiter is a regular expression as
 * String.split understands it.
 */
public final class Scanner implements Iterator<String>, Closeable {
    private static final int BUFFER_SIZE = 1024;

    /** The source of more chars; null once it is used up (or for a String). */
    private Reader source;
    private Closeable closeable;
    private char[] buf;
    private int pos;
    private int limit;
    private boolean sourceClosed;
    private boolean closed;
    /** The delimiter pattern; null for whitespace. */
    private String delimiter;
    private int radix = 10;
    private Locale locale = Locale.getDefault();
    private IOException lastException;

    private Scanner(Reader source, Closeable closeable) {
        this.source = source;
        this.closeable = closeable;
        this.buf = new char[BUFFER_SIZE];
    }

    /** A scanner over chars from {@code source} (closed with the scanner if it is Closeable). */
    public Scanner(Readable source) {
        this(readerOf(Objects.requireNonNull(source, "source")), source instanceof Closeable ? (Closeable) source : null);
    }

    private static Reader readerOf(Readable source) {
        if (source instanceof Reader) {
            return (Reader) source;
        }
        return new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return source.read(java.nio.CharBuffer.wrap(cbuf, off, len));
            }

            @Override
            public void close() {
            }
        };
    }

    public Scanner(InputStream source) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source")), source);
    }

    public Scanner(InputStream source, String charsetName) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"), toCharset(charsetName)), source);
    }

    public Scanner(InputStream source, Charset charset) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(charset, "charset")), source);
    }

    public Scanner(File source) throws FileNotFoundException {
        this(new FileInputStream(source));
    }

    public Scanner(File source, String charsetName) throws FileNotFoundException {
        this(new FileInputStream(source), charsetName);
    }

    public Scanner(File source, Charset charset) throws IOException {
        this(new FileInputStream(source), charset);
    }

    public Scanner(Path source) throws IOException {
        this(Files.newInputStream(source));
    }

    public Scanner(Path source, String charsetName) throws IOException {
        this(Files.newInputStream(source), charsetName);
    }

    public Scanner(Path source, Charset charset) throws IOException {
        this(Files.newInputStream(source), charset);
    }

    public Scanner(String source) {
        this.buf = source.toCharArray();
        this.limit = buf.length;
        this.sourceClosed = true;
    }

    private static Charset toCharset(String csn) {
        Objects.requireNonNull(csn, "charsetName");
        try {
            return Charset.forName(csn);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ------------------------------------------------------------------ buffer

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
    }

    /** Reads more input; false at the end of the source. */
    private boolean readInput() {
        if (sourceClosed) {
            return false;
        }
        if (limit == buf.length) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            } else {
                char[] bigger = new char[buf.length * 2];
                System.arraycopy(buf, 0, bigger, 0, limit);
                buf = bigger;
            }
        }
        int n;
        try {
            n = source.read(buf, limit, buf.length - limit);
        } catch (IOException e) {
            lastException = e;
            n = -1;
        }
        if (n < 0) {
            sourceClosed = true;
            source = null;
            return false;
        }
        limit += n;
        return true;
    }

    /** Whether at least {@code k} chars follow pos (reading as needed). */
    private boolean ensure(int k) {
        while (limit - pos < k) {
            if (!readInput()) {
                return false;
            }
        }
        return true;
    }

    private char at(int i) {
        return buf[pos + i];
    }

    /**
     * The first match of {@code regex} at or after {@code from} (relative to
     * pos) as {start, end} relative to pos, or null. The input is read in
     * growing windows until a match ends inside one or the input ends.
     */
    private int[] findPattern(String regex, int from) {
        int window = 256;
        for (;;) {
            boolean full = ensure(from + window);
            int end = full ? from + window : limit - pos;
            String text = new String(buf, pos + from, Math.max(end - from, 0));
            String[] parts = text.split(regex, 2);
            if (parts.length == 2) {
                int ms = from + parts[0].length();
                int me = end - parts[1].length();
                if (me < end || !full) {
                    return new int[] {ms, me};
                }
            } else if (!full) {
                return null;
            }
            window *= 2;
        }
    }

    /** Where the next token starts (relative to pos), past the delimiters; -1 if there is none. */
    private int tokenStart() {
        int i = 0;
        if (delimiter == null) {
            while (ensure(i + 1) && Character.isWhitespace(at(i))) {
                i++;
            }
            return ensure(i + 1) ? i : -1;
        }
        int[] m = findPattern(delimiter, 0);
        if (m != null && m[0] == 0) {
            i = m[1];
        }
        return ensure(i + 1) ? i : -1;
    }

    /** Where the token starting at {@code start} ends. */
    private int tokenEnd(int start) {
        if (delimiter == null) {
            int j = start;
            while (ensure(j + 1) && !Character.isWhitespace(at(j))) {
                j++;
            }
            return j;
        }
        int[] m = findPattern(delimiter, start);
        return m == null ? limit - pos : m[0];
    }

    /** The next complete token without consuming it, or null at the end of the input. */
    private String peekToken() {
        int s = tokenStart();
        if (s < 0) {
            return null;
        }
        int e = tokenEnd(s);
        return new String(buf, pos + s, e - s);
    }

    /**
     * Consumes the next token if it is of the given {@link ScannerNumbers} kind; otherwise skips only
     * the delimiters before it and throws InputMismatchException (or
     * NoSuchElementException at the end of the input).
     */
    private String takeToken(int kind) {
        ensureOpen();
        int s = tokenStart();
        if (s < 0) {
            pos = limit;
            throw new NoSuchElementException();
        }
        int e = tokenEnd(s);
        String token = new String(buf, pos + s, e - s);
        if (!ScannerNumbers.matches(kind, token, radix)) {
            pos += s;
            throw new InputMismatchException();
        }
        pos += e;
        return token;
    }

    // ------------------------------------------------------------------ tokens

    @Override
    public boolean hasNext() {
        ensureOpen();
        return tokenStart() >= 0;
    }

    @Override
    public String next() {
        return takeToken(ScannerNumbers.ANY);
    }

    public boolean hasNext(String pattern) {
        ensureOpen();
        String token = peekToken();
        return token != null && token.matches(pattern);
    }

    public String next(String pattern) {
        ensureOpen();
        int s = tokenStart();
        if (s < 0) {
            pos = limit;
            throw new NoSuchElementException();
        }
        int e = tokenEnd(s);
        String token = new String(buf, pos + s, e - s);
        if (!token.matches(pattern)) {
            pos += s;
            throw new InputMismatchException();
        }
        pos += e;
        return token;
    }

    public boolean hasNextLine() {
        ensureOpen();
        return ensure(1);
    }

    /** The rest of the current line, without its terminator. */
    public String nextLine() {
        ensureOpen();
        int i = 0;
        for (;;) {
            if (!ensure(i + 1)) {
                if (i == 0) {
                    throw new NoSuchElementException("No line found");
                }
                String line = new String(buf, pos, i);
                pos += i;
                return line;
            }
            char c = at(i);
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                String line = new String(buf, pos, i);
                pos += i + 1;
                return line;
            }
            if (c == '\r') {
                String line = new String(buf, pos, i);
                int sep = (ensure(i + 2) && at(i + 1) == '\n') ? 2 : 1;
                pos += i + sep;
                return line;
            }
            i++;
        }
    }

    /**
     * The first match of {@code pattern} in the rest of the current line
     * (skipping what precedes it), or null; the input after the match is
     * what is read next.
     */
    public String findInLine(String pattern) {
        ensureOpen();
        int eol = 0;
        while (ensure(eol + 1)) {
            char c = at(eol);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                break;
            }
            eol++;
        }
        if (eol == 0) {
            return null;
        }
        String line = new String(buf, pos, eol);
        String[] parts = line.split(pattern, 2);
        if (parts.length != 2) {
            return null;
        }
        int start = parts[0].length();
        int end = eol - parts[1].length();
        pos += end;
        return line.substring(start, end);
    }

    /** Skips input matching {@code pattern} right here; NoSuchElementException if it does not match. */
    public Scanner skip(String pattern) {
        ensureOpen();
        int[] m = findPattern(pattern, 0);
        if (m != null && m[0] == 0) {
            pos += m[1];
            return this;
        }
        if ("".matches(pattern)) {
            return this;
        }
        throw new NoSuchElementException();
    }

    public boolean hasNextBoolean() {
        ensureOpen();
        String token = peekToken();
        return token != null && ScannerNumbers.matches(ScannerNumbers.BOOLEAN, token, radix);
    }

    public boolean nextBoolean() {
        return Boolean.parseBoolean(takeToken(ScannerNumbers.BOOLEAN));
    }

    private boolean hasNextInteger(int r, long min, long max) {
        ensureOpen();
        String token = peekToken();
        if (token == null || !ScannerNumbers.matches(ScannerNumbers.INTEGER, token, r)) {
            return false;
        }
        try {
            long v = Long.parseLong(ScannerNumbers.integerDigits(token), r);
            return v >= min && v <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The next token as an integer of the given range, with HotSpot's messages for out-of-range tokens. */
    private long nextInteger(int r, int bits) {
        int saved = radix;
        radix = r;
        String token;
        int before = pos;
        try {
            token = takeToken(ScannerNumbers.INTEGER);
        } finally {
            radix = saved;
        }
        String digits = ScannerNumbers.integerDigits(token);
        try {
            switch (bits) {
                case 8:
                    return Byte.parseByte(digits, r);
                case 16:
                    return Short.parseShort(digits, r);
                case 32:
                    return Integer.parseInt(digits, r);
                default:
                    return Long.parseLong(digits, r);
            }
        } catch (NumberFormatException nfe) {
            pos = before;
            pos += tokenStart();
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextByte() {
        return hasNextByte(radix);
    }

    public boolean hasNextByte(int radix) {
        return hasNextInteger(checkRadix(radix), Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    public byte nextByte() {
        return nextByte(radix);
    }

    public byte nextByte(int radix) {
        return (byte) nextInteger(checkRadix(radix), 8);
    }

    public boolean hasNextShort() {
        return hasNextShort(radix);
    }

    public boolean hasNextShort(int radix) {
        return hasNextInteger(checkRadix(radix), Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public short nextShort() {
        return nextShort(radix);
    }

    public short nextShort(int radix) {
        return (short) nextInteger(checkRadix(radix), 16);
    }

    public boolean hasNextInt() {
        return hasNextInt(radix);
    }

    public boolean hasNextInt(int radix) {
        return hasNextInteger(checkRadix(radix), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public int nextInt() {
        return nextInt(radix);
    }

    public int nextInt(int radix) {
        return (int) nextInteger(checkRadix(radix), 32);
    }

    public boolean hasNextLong() {
        return hasNextLong(radix);
    }

    public boolean hasNextLong(int radix) {
        return hasNextInteger(checkRadix(radix), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public long nextLong() {
        return nextLong(radix);
    }

    public long nextLong(int radix) {
        return nextInteger(checkRadix(radix), 64);
    }

    public boolean hasNextFloat() {
        return hasNextDouble();
    }

    public float nextFloat() {
        return (float) nextDouble();
    }

    public boolean hasNextDouble() {
        ensureOpen();
        String token = peekToken();
        return token != null && ScannerNumbers.matches(ScannerNumbers.FLOAT, token, 10);
    }

    public double nextDouble() {
        int before = pos;
        String token = takeToken(ScannerNumbers.FLOAT);
        try {
            return Double.parseDouble(ScannerNumbers.floatText(token));
        } catch (NumberFormatException nfe) {
            pos = before;
            pos += tokenStart();
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    /** The remaining tokens as a lazy stream. */
    public java.util.stream.Stream<String> tokens() {
        ensureOpen();
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(this,
                java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false);
    }

    // ------------------------------------------------------------------ settings

    public Scanner useDelimiter(String pattern) {
        if (pattern.equals("\\p{javaWhitespace}+")) {
            delimiter = null;
        } else {
            "".split(pattern);
            delimiter = pattern;
        }
        return this;
    }

    public Scanner useLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        return this;
    }

    public Locale locale() {
        return locale;
    }

    private static int checkRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        return radix;
    }

    public Scanner useRadix(int radix) {
        this.radix = checkRadix(radix);
        return this;
    }

    public int radix() {
        return radix;
    }

    public Scanner reset() {
        delimiter = null;
        locale = Locale.getDefault();
        radix = 10;
        return this;
    }

    public IOException ioException() {
        return lastException;
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                lastException = e;
            }
        }
        sourceClosed = true;
        source = null;
        closed = true;
    }

    @Override
    public String toString() {
        return "java.util.Scanner[delimiters=" + (delimiter == null ? "\\p{javaWhitespace}+" : delimiter)
                + "][position=" + pos + "][match valid=false][need input=false][source closed=" + sourceClosed
                + "][skipped=false][group separator=\\x{2c}][decimal separator=\\x{2e}][positive prefix=]"
                + "[negative prefix=\\Q-\\E][positive suffix=][negative suffix=][NaN string=\\QNaN\\E]"
                + "[infinity string=\\Q\u221E\\E]";
    }
}
