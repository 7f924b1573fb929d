package java.io;

/**
 * Splits a character stream into words, numbers, quoted strings and
 * single "ordinary" characters, skipping white space and comments, as the
 * Java SE specification describes. Each character up to U+00FF has a set
 * of attributes (white space, word, numeric, quote, comment); characters
 * above U+00FF are word characters.
 */
public class StreamTokenizer {
    public static final int TT_EOF = -1;
    public static final int TT_EOL = '\n';
    public static final int TT_NUMBER = -2;
    public static final int TT_WORD = -3;
    private static final int TT_NOTHING = -4;

    private static final byte WHITESPACE = 1;
    private static final byte DIGIT = 2;
    private static final byte ALPHA = 4;
    private static final byte QUOTE = 8;
    private static final byte COMMENT = 16;

    /** No character is waiting in {@link #peek}. */
    private static final int NONE = Integer.MAX_VALUE;
    /** A '\r' ended the last (significant) line: a following '\n' belongs to it. */
    private static final int AFTER_CR = Integer.MAX_VALUE - 1;

    private Reader reader;
    private InputStream input;
    private final byte[] attributes = new byte[256];
    private char[] text = new char[20];
    private int peek = NONE;
    private boolean pushedBack;
    private boolean lowerCase;
    private boolean eolSignificant;
    private boolean slashStar;
    private boolean slashSlash;
    private int line = 1;

    public int ttype = TT_NOTHING;
    public String sval;
    public double nval;

    private StreamTokenizer() {
        wordChars('a', 'z');
        wordChars('A', 'Z');
        wordChars(128 + 32, 255);
        whitespaceChars(0, ' ');
        commentChar('/');
        quoteChar('"');
        quoteChar('\'');
        parseNumbers();
    }

    /** Reads bytes as the chars U+0000..U+00FF. */
    @Deprecated
    public StreamTokenizer(InputStream is) {
        this();
        if (is == null) {
            throw new NullPointerException();
        }
        input = is;
    }

    public StreamTokenizer(Reader r) {
        this();
        if (r == null) {
            throw new NullPointerException();
        }
        reader = r;
    }

    private static int clampLow(int c) {
        return c < 0 ? 0 : c;
    }

    private static int clampHigh(int c) {
        return c >= 256 ? 255 : c;
    }

    /** Makes every character ordinary. */
    public void resetSyntax() {
        for (int i = 0; i < attributes.length; i++) {
            attributes[i] = 0;
        }
    }

    public void wordChars(int low, int hi) {
        for (int c = clampLow(low); c <= clampHigh(hi); c++) {
            attributes[c] |= ALPHA;
        }
    }

    public void whitespaceChars(int low, int hi) {
        for (int c = clampLow(low); c <= clampHigh(hi); c++) {
            attributes[c] = WHITESPACE;
        }
    }

    public void ordinaryChars(int low, int hi) {
        for (int c = clampLow(low); c <= clampHigh(hi); c++) {
            attributes[c] = 0;
        }
    }

    public void ordinaryChar(int ch) {
        if (ch >= 0 && ch < attributes.length) {
            attributes[ch] = 0;
        }
    }

    public void commentChar(int ch) {
        if (ch >= 0 && ch < attributes.length) {
            attributes[ch] = COMMENT;
        }
    }

    public void quoteChar(int ch) {
        if (ch >= 0 && ch < attributes.length) {
            attributes[ch] = QUOTE;
        }
    }

    /** Makes '0'..'9', '.' and '-' numeric. */
    public void parseNumbers() {
        for (int c = '0'; c <= '9'; c++) {
            attributes[c] |= DIGIT;
        }
        attributes['.'] |= DIGIT;
        attributes['-'] |= DIGIT;
    }

    public void eolIsSignificant(boolean flag) {
        eolSignificant = flag;
    }

    public void slashStarComments(boolean flag) {
        slashStar = flag;
    }

    public void slashSlashComments(boolean flag) {
        slashSlash = flag;
    }

    public void lowerCaseMode(boolean fl) {
        lowerCase = fl;
    }

    private int read() throws IOException {
        if (reader != null) {
            return reader.read();
        }
        if (input != null) {
            return input.read();
        }
        throw new IllegalStateException();
    }

    private int attributesOf(int c) {
        return c < 256 ? attributes[c] : ALPHA;
    }

    private void store(int i, int c) {
        if (i >= text.length) {
            char[] bigger = new char[text.length * 2];
            System.arraycopy(text, 0, bigger, 0, text.length);
            text = bigger;
        }
        text[i] = (char) c;
    }

    /** Reads to the end of the line (leaving the terminator to be read next). */
    private void skipLine() throws IOException {
        int c;
        do {
            c = read();
        } while (c != '\n' && c != '\r' && c >= 0);
        peek = c;
    }

    /** Reads the next token into ttype (and sval or nval); returns ttype. */
    public int nextToken() throws IOException {
        if (pushedBack) {
            pushedBack = false;
            return ttype;
        }
        for (;;) {
            int t = scan();
            if (t != TT_NOTHING) {
                return t;
            }
        }
    }

    /** One step of nextToken: TT_NOTHING after a comment was skipped. */
    private int scan() throws IOException {
        sval = null;
        int c = peek;
        peek = NONE;
        if (c < 0) {
            c = NONE;
        }
        if (c == AFTER_CR) {
            c = read();
            if (c < 0) {
                return ttype = TT_EOF;
            }
            if (c == '\n') {
                c = NONE;
            }
        }
        if (c == NONE) {
            c = read();
            if (c < 0) {
                return ttype = TT_EOF;
            }
        }
        ttype = c;
        int kind = attributesOf(c);
        while ((kind & WHITESPACE) != 0) {
            if (c == '\r') {
                line++;
                if (eolSignificant) {
                    peek = AFTER_CR;
                    return ttype = TT_EOL;
                }
                c = read();
                if (c == '\n') {
                    c = read();
                }
            } else {
                if (c == '\n') {
                    line++;
                    if (eolSignificant) {
                        return ttype = TT_EOL;
                    }
                }
                c = read();
            }
            if (c < 0) {
                return ttype = TT_EOF;
            }
            kind = attributesOf(c);
        }
        if ((kind & DIGIT) != 0) {
            return number(c);
        }
        if ((kind & ALPHA) != 0) {
            return word(c);
        }
        if ((kind & QUOTE) != 0) {
            return quoted(c);
        }
        if (c == '/' && (slashSlash || slashStar)) {
            int next = read();
            if (next == '*' && slashStar) {
                int prev = 0;
                for (;;) {
                    int d = read();
                    if (d == '/' && prev == '*') {
                        return TT_NOTHING;
                    }
                    if (d == '\r') {
                        line++;
                        d = read();
                        if (d == '\n') {
                            d = read();
                        }
                    } else if (d == '\n') {
                        line++;
                        d = read();
                    }
                    if (d < 0) {
                        return ttype = TT_EOF;
                    }
                    prev = d;
                }
            }
            if (next == '/' && slashSlash) {
                skipLine();
                return TT_NOTHING;
            }
            if ((attributes['/'] & COMMENT) != 0) {
                peek = next;
                skipLine();
                return TT_NOTHING;
            }
            peek = next;
            return ttype = '/';
        }
        if ((kind & COMMENT) != 0) {
            skipLine();
            return TT_NOTHING;
        }
        return ttype = c;
    }

    private int number(int c) throws IOException {
        boolean negative = false;
        if (c == '-') {
            c = read();
            if (c != '.' && (c < '0' || c > '9')) {
                peek = c;
                return ttype = '-';
            }
            negative = true;
        }
        double value = 0;
        int fractionDigits = 0;
        boolean seenDot = false;
        for (;; c = read()) {
            if (c == '.' && !seenDot) {
                seenDot = true;
            } else if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                if (seenDot) {
                    fractionDigits++;
                }
            } else {
                break;
            }
        }
        peek = c;
        if (fractionDigits != 0) {
            double scale = 10;
            for (int i = 1; i < fractionDigits; i++) {
                scale *= 10;
            }
            value = value / scale;
        }
        nval = negative ? -value : value;
        return ttype = TT_NUMBER;
    }

    private int word(int c) throws IOException {
        int i = 0;
        int kind;
        do {
            store(i++, c);
            c = read();
            kind = c < 0 ? WHITESPACE : attributesOf(c);
        } while ((kind & (ALPHA | DIGIT)) != 0);
        peek = c;
        sval = String.copyValueOf(text, 0, i);
        if (lowerCase) {
            sval = sval.toLowerCase();
        }
        return ttype = TT_WORD;
    }

    private int quoted(int quote) throws IOException {
        ttype = quote;
        int i = 0;
        int d = read();
        while (d >= 0 && d != quote && d != '\n' && d != '\r') {
            int c;
            if (d == '\\') {
                c = read();
                int first = c;
                if (c >= '0' && c <= '7') {
                    c = c - '0';
                    int next = read();
                    if (next >= '0' && next <= '7') {
                        c = (c << 3) + (next - '0');
                        next = read();
                        if (next >= '0' && next <= '7' && first <= '3') {
                            c = (c << 3) + (next - '0');
                            next = read();
                        }
                    }
                    d = next;
                } else {
                    switch (c) {
                        case 'a':
                            c = 0x7;
                            break;
                        case 'b':
                            c = '\b';
                            break;
                        case 'f':
                            c = 0xC;
                            break;
                        case 'n':
                            c = '\n';
                            break;
                        case 'r':
                            c = '\r';
                            break;
                        case 't':
                            c = '\t';
                            break;
                        case 'v':
                            c = 0xB;
                            break;
                        default:
                            break;
                    }
                    d = read();
                }
            } else {
                c = d;
                d = read();
            }
            store(i++, c);
        }
        peek = (d == quote) ? NONE : d;
        sval = String.copyValueOf(text, 0, i);
        return ttype;
    }

    /** Makes the next nextToken return the current token again. */
    public void pushBack() {
        if (ttype != TT_NOTHING) {
            pushedBack = true;
        }
    }

    public int lineno() {
        return line;
    }

    @Override
    public String toString() {
        String ret;
        switch (ttype) {
            case TT_EOF:
                ret = "EOF";
                break;
            case TT_EOL:
                ret = "EOL";
                break;
            case TT_WORD:
                ret = sval;
                break;
            case TT_NUMBER:
                ret = "n=" + nval;
                break;
            case TT_NOTHING:
                ret = "NOTHING";
                break;
            default:
                if (ttype < 256 && (attributes[ttype] & QUOTE) != 0) {
                    ret = sval;
                    break;
                }
                char[] s = new char[3];
                s[0] = '\'';
                s[2] = '\'';
                s[1] = (char) ttype;
                ret = new String(s);
                break;
        }
        return "Token[" + ret + "], line " + line;
    }
}
