package java.util;

/**
 * printf-style formatting, as used by {@code String.format} and
 * {@code PrintStream.printf}. Supports the conversions
 * {@code b B h H s S c C d o x X e E f g G a A % n}, explicit ({@code 2$}) and
 * relative ({@code <}) argument indices, width, precision and the flags
 * {@code - # + space 0 , (}, with the JDK's (root locale) output and
 * exceptions. The digits of floating-point conversions come from two
 * natives that round the shortest decimal representation half-up.
 *
 * BigInteger arguments print signed in every radix; BigDecimal arguments
 * are rounded half up.
 *
 * <p>Not supported: date/time ({@code %t}) conversions, {@code Formattable}
 * and locales (output is that of the root locale; Locale arguments are
 * accepted and ignored).
 */
public final class Formatter implements java.io.Closeable, java.io.Flushable {

    // flag bits; the order of FLAG_CHARS is the order in which the JDK prints flags
    private static final int LEFT_JUSTIFY = 1;
    private static final int UPPERCASE = 1 << 1;
    private static final int ALTERNATE = 1 << 2;
    private static final int PLUS = 1 << 3;
    private static final int LEADING_SPACE = 1 << 4;
    private static final int ZERO_PAD = 1 << 5;
    private static final int GROUP = 1 << 6;
    private static final int PARENTHESES = 1 << 7;
    private static final int PREVIOUS = 1 << 8;
    private static final String FLAG_CHARS = "-^#+ 0,(<";

    /** Index value of specifiers that take no argument (%n, %%). */
    private static final int NO_ARG = -2;
    /** Index value of specifiers with the '<' flag. */
    private static final int PREVIOUS_ARG = -1;
    /** Index value of ordinary specifiers (next argument). */
    private static final int NEXT_ARG = 0;

    private static final double POSITIVE_INFINITY = 1.0 / 0.0;

    /** The destination; null once closed. */
    private Appendable a;
    private java.io.IOException lastException;

    /** A formatter writing to a new StringBuilder. */
    public Formatter() {
        this.a = new StringBuilder();
    }

    /** A formatter appending to {@code a} (a new StringBuilder if null). */
    public Formatter(Appendable a) {
        this.a = (a == null) ? new StringBuilder() : a;
    }

    /** A formatter writing to a new StringBuilder; the locale is ignored. */
    public Formatter(Locale l) {
        this();
    }

    /** A formatter appending to {@code a}; the locale is ignored. */
    public Formatter(Appendable a, Locale l) {
        this(a);
    }

    /**
     * Appends the formatted text to this formatter's destination, piece by
     * piece as the JDK does (literal text, then each converted value and its
     * padding). An IOException thrown by the destination ends the call and
     * is kept for {@link #ioException()}.
     */
    public Formatter format(String format, Object... args) {
        ensureOpen();
        try {
            formatTo(new Sink(a), format, args);
        } catch (IOFailure e) {
            lastException = e.io;
        }
        return this;
    }

    /** Like {@link #format(String, Object...)}; the locale is ignored (root-locale output). */
    public Formatter format(Locale l, String format, Object... args) {
        return format(format, args);
    }

    /** The destination's text ({@code toString()} of the destination). */
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    /** The destination of this formatter. */
    public Appendable out() {
        ensureOpen();
        return a;
    }

    /** Flushes the destination if it is Flushable. */
    public void flush() {
        ensureOpen();
        if (a instanceof java.io.Flushable) {
            try {
                ((java.io.Flushable) a).flush();
            } catch (java.io.IOException e) {
                lastException = e;
            }
        }
    }

    /** Closes the destination if it is Closeable; later use throws FormatterClosedException. */
    public void close() {
        if (a == null) {
            return;
        }
        try {
            if (a instanceof java.io.Closeable) {
                ((java.io.Closeable) a).close();
            }
        } catch (java.io.IOException e) {
            lastException = e;
        } finally {
            a = null;
        }
    }

    /** The last IOException thrown by the destination, or null. */
    public java.io.IOException ioException() {
        return lastException;
    }

    private void ensureOpen() {
        if (a == null) {
            throw new FormatterClosedException();
        }
    }

    /** Formats {@code args} according to {@code format}; this is what String.format uses. */
    public static String formatToString(String format, Object... args) {
        StringBuilder sb = new StringBuilder();
        formatTo(new Sink(sb), format, args);
        return sb.toString();
    }

    /** Carries an IOException of the destination out of the formatting code. */
    private static final class IOFailure extends RuntimeException {
        final java.io.IOException io;

        IOFailure(java.io.IOException io) {
            super("I/O failure");
            this.io = io;
        }
    }

    /** The destination: a StringBuilder written directly, or any Appendable. */
    private static final class Sink {
        private final StringBuilder sb;
        private final Appendable app;

        Sink(Appendable a) {
            if (a instanceof StringBuilder) {
                sb = (StringBuilder) a;
                app = null;
            } else {
                sb = null;
                app = a;
            }
        }

        void append(CharSequence cs) {
            if (sb != null) {
                sb.append(cs);
                return;
            }
            try {
                app.append(cs);
            } catch (java.io.IOException e) {
                throw new IOFailure(e);
            }
        }

        void append(char c) {
            if (sb != null) {
                sb.append(c);
                return;
            }
            try {
                app.append(c);
            } catch (java.io.IOException e) {
                throw new IOFailure(e);
            }
        }

        /** Literal text of the format string: s[start, end). */
        void appendFixed(String s, int start, int end) {
            if (sb != null) {
                sb.append(s.substring(start, end));
                return;
            }
            try {
                app.append(s, start, end);
            } catch (java.io.IOException e) {
                throw new IOFailure(e);
            }
        }
    }

    /**
     * Plain decimal text of |value| with exactly {@code precision} fraction
     * digits (no point when 0), rounded half-up from the shortest repr.
     */
    private static native String formatFixed(double value, int precision);

    /** |value| as mantissa with {@code precision} fraction digits, 'e', sign and at least two exponent digits. */
    private static native String formatScientific(double value, int precision);

    // ------------------------------------------------------------------ driver

    private static void formatTo(Sink out, String format, Object[] args) {
        Object[] items = parse(format);
        int last = -1;
        int lasto = -1;
        for (int n = 0; n < items.length; n++) {
            Object item = items[n];
            if (item instanceof int[]) {
                int[] range = (int[]) item;
                out.appendFixed(format, range[0], range[1]);
                continue;
            }
            Spec fs = (Spec) item;
            int index = fs.index;
            if (index == NO_ARG) {
                fs.print(out, null);
            } else if (index == PREVIOUS_ARG) {
                if (last < 0 || (args != null && last > args.length - 1)) {
                    throw new MissingFormatArgumentException(fs.toString());
                }
                fs.print(out, args == null ? null : args[last]);
            } else if (index == NEXT_ARG) {
                lasto++;
                last = lasto;
                if (args != null && lasto > args.length - 1) {
                    throw new MissingFormatArgumentException(fs.toString());
                }
                fs.print(out, args == null ? null : args[lasto]);
            } else {
                last = index - 1;
                if (args != null && last > args.length - 1) {
                    throw new MissingFormatArgumentException(fs.toString());
                }
                fs.print(out, args == null ? null : args[last]);
            }
        }
    }

    /**
     * Splits the format into literal text ranges ({@code int[] {start, end}})
     * and specifiers. The whole string
     * is parsed (and every specifier checked) before anything is printed.
     * A specifier has the shape
     * {@code %[index$][flags][width][.precision][t]conversion}.
     */
    private static Object[] parse(String s) {
        Object[] items = new Object[8];
        int count = 0;
        int i = 0;
        int max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                items = add(items, count++, new int[] {i, max});
                break;
            }
            if (i != n) {
                items = add(items, count++, new int[] {i, n});
            }
            i = n + 1;
            if (i >= max) {
                throw new UnknownFormatConversionException("%");
            }
            char c = s.charAt(i);
            Spec spec;
            if (isValidConversion(c)) {
                spec = new Spec(c);
                i++;
            } else {
                spec = new Spec();
                i = spec.parse(s, i);
                if (i < 0) {
                    throw new UnknownFormatConversionException(String.valueOf(c));
                }
            }
            items = add(items, count++, spec);
        }
        Object[] result = new Object[count];
        System.arraycopy(items, 0, result, 0, count);
        return result;
    }

    private static Object[] add(Object[] items, int count, Object item) {
        if (count == items.length) {
            Object[] bigger = new Object[count * 2];
            System.arraycopy(items, 0, bigger, 0, count);
            items = bigger;
        }
        items[count] = item;
        return items;
    }

    private static boolean isValidConversion(char c) {
        switch (c) {
            case 'b': case 'B': case 'h': case 'H': case 's': case 'S':
            case 'c': case 'C': case 'd': case 'o': case 'x': case 'X':
            case 'e': case 'E': case 'f': case 'g': case 'G': case 'a': case 'A':
            case '%': case 'n':
                return true;
            default:
                return false;
        }
    }

    private static boolean isDateTimeConversion(char c) {
        switch (c) {
            case 'H': case 'I': case 'k': case 'l': case 'M': case 'S': case 'L': case 'N':
            case 'p': case 'z': case 'Z': case 's': case 'Q': case 'B': case 'b': case 'h':
            case 'A': case 'a': case 'C': case 'Y': case 'y': case 'j': case 'm': case 'd':
            case 'e': case 'R': case 'T': case 'r': case 'D': case 'F': case 'c':
                return true;
            default:
                return false;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Flag characters as the JDK prints them, in its fixed order. */
    private static String flagsToString(int f) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < FLAG_CHARS.length(); k++) {
            if ((f & (1 << k)) != 0) {
                sb.append(FLAG_CHARS.charAt(k));
            }
        }
        return sb.toString();
    }

    private static String toUpperCase(String s) {
        return s.toUpperCase();
    }

    /**
     * The part after "0x" of the %a text of a finite, non-negative value:
     * with {@code prec} 0 exactly Double.toHexString's digits; otherwise
     * the significand rounded (half even) to {@code prec} hex digits, with
     * subnormal values normalised first.
     */
    private static String hexDouble(double d, int prec) {
        long bits = Double.doubleToLongBits(d);
        int biasedExp = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        if (d == 0.0) {
            return "0.0p0";
        }
        if (prec == 0 || prec >= 13) {
            if (biasedExp == 0) {
                return "0." + hexDigits(fraction) + "p-1022";
            }
            return "1." + hexDigits(fraction) + "p" + (biasedExp - 1023);
        }
        int exponent;
        long signif;
        if (biasedExp == 0) {
            // normalise: shift the leading 1 up to bit 52
            exponent = -1022;
            signif = fraction;
            while ((signif & (1L << 52)) == 0) {
                signif <<= 1;
                exponent--;
            }
        } else {
            exponent = biasedExp - 1023;
            signif = fraction | (1L << 52);
        }
        int shift = 52 - 4 * prec;
        long kept = signif >>> shift;
        long rest = signif & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (rest > half || (rest == half && (kept & 1) != 0)) {
            kept++;
        }
        if ((kept >>> (4 * prec)) > 1) {
            // rounding carried into the next binary digit
            kept >>>= 1;
            exponent++;
        }
        if (exponent > 1023) {
            return "1.0p1024";
        }
        long frac = (kept << shift) & 0xFFFFFFFFFFFFFL;
        return "1." + hexDigits(frac) + "p" + exponent;
    }

    /** The 13 hex digits of a 52-bit fraction without trailing zeros (at least "0"). */
    private static String hexDigits(long fraction) {
        char[] buf = new char[13];
        for (int k = 12; k >= 0; k--) {
            buf[k] = Character.forDigit((int) (fraction & 0xF), 16);
            fraction >>>= 4;
        }
        int len = 13;
        while (len > 1 && buf[len - 1] == '0') {
            len--;
        }
        return new String(buf, 0, len);
    }

    /** Unsigned hexadecimal digits of {@code v} (lower case, no leading zeros). */
    private static String toUnsignedString(long v, int shift) {
        if (v == 0) {
            return "0";
        }
        char[] buf = new char[64];
        int pos = 64;
        long mask = (1L << shift) - 1;
        while (v != 0) {
            buf[--pos] = Character.forDigit((int) (v & mask), 1 << shift);
            v >>>= shift;
        }
        return new String(buf, pos, 64 - pos);
    }

    // ------------------------------------------------------------------ specifier

    /** One parsed format specifier. */
    private static final class Spec {
        int index = NEXT_ARG;
        int f;
        int width = -1;
        int precision = -1;
        boolean dt;
        /** The conversion, lower-cased (the UPPERCASE flag remembers upper case); for %t the date/time letter. */
        char c;

        /** The fast path for a conversion directly after '%'. */
        Spec(char conv) {
            c = conv;
            if (conv >= 'A' && conv <= 'Z') {
                f = UPPERCASE;
                c = Character.toLowerCase(conv);
            }
            if (c == '%' || c == 'n') {
                index = NO_ARG;
            }
        }

        Spec() {
        }

        /**
         * Parses the specifier whose text starts at {@code start} (just after
         * '%'), checking it like the JDK. Returns the index after it, or -1
         * if the text is not a specifier at all.
         */
        int parse(String s, int start) {
            int max = s.length();
            int pos = start;
            // [index$]
            int idxStart = -1;
            int idxEnd = -1;
            int j = pos;
            while (j < max && isDigit(s.charAt(j))) {
                j++;
            }
            if (j > pos && j < max && s.charAt(j) == '$') {
                idxStart = pos;
                idxEnd = j;
                pos = j + 1;
            }
            // [flags]
            int flagStart = pos;
            while (pos < max && "-#+ 0,(<".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            int flagEnd = pos;
            // [width]
            int widthStart = pos;
            while (pos < max && isDigit(s.charAt(pos))) {
                pos++;
            }
            int widthEnd = pos;
            // [.precision]
            int precStart = -1;
            int precEnd = -1;
            if (pos + 1 < max && s.charAt(pos) == '.' && isDigit(s.charAt(pos + 1))) {
                precStart = pos + 1;
                pos++;
                while (pos < max && isDigit(s.charAt(pos))) {
                    pos++;
                }
                precEnd = pos;
            }
            // [t|T]conversion; a 't' not followed by a letter is itself the conversion
            if (pos >= max) {
                return -1;
            }
            boolean tT = false;
            char tChar = s.charAt(pos);
            if ((tChar == 't' || tChar == 'T') && pos + 1 < max && isConversionChar(s.charAt(pos + 1))) {
                tT = true;
                pos++;
            }
            char conv = s.charAt(pos);
            if (!isConversionChar(conv)) {
                return -1;
            }
            pos++;

            if (idxStart >= 0) {
                int v = parseNumber(s, idxStart, idxEnd);
                if (v < 0) {
                    throw new IllegalFormatArgumentIndexException(Integer.MIN_VALUE);
                }
                if (v <= 0) {
                    throw new IllegalFormatArgumentIndexException(v);
                }
                index = v;
            }
            for (int k = flagStart; k < flagEnd; k++) {
                int bit = 1 << FLAG_CHARS.indexOf(s.charAt(k));
                if ((f & bit) != 0) {
                    throw new DuplicateFormatFlagsException(String.valueOf(s.charAt(k)));
                }
                f |= bit;
            }
            if ((f & PREVIOUS) != 0) {
                index = PREVIOUS_ARG;
            }
            if (widthEnd > widthStart) {
                width = parseNumber(s, widthStart, widthEnd);
                if (width < 0) {
                    throw new IllegalFormatWidthException(Integer.MIN_VALUE);
                }
            }
            if (precStart >= 0) {
                precision = parseNumber(s, precStart, precEnd);
                if (precision < 0) {
                    throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
                }
            }
            if (tT) {
                dt = true;
                if (tChar == 'T') {
                    f |= UPPERCASE;
                }
            }
            c = conv;
            if (!dt) {
                if (!isValidConversion(c)) {
                    throw new UnknownFormatConversionException(String.valueOf(c));
                }
                if (c >= 'A' && c <= 'Z') {
                    f |= UPPERCASE;
                    c = Character.toLowerCase(c);
                }
                if (c == '%' || c == 'n') {
                    index = NO_ARG;
                }
            }
            if (dt) {
                checkDateTime();
            } else {
                switch (c) {
                    case 'b': case 'h': case 's':
                        checkGeneral();
                        break;
                    case 'c':
                        checkCharacter();
                        break;
                    case 'd': case 'o': case 'x':
                        checkInteger();
                        break;
                    case 'e': case 'f': case 'g': case 'a':
                        checkFloat();
                        break;
                    default:
                        checkText();
                        break;
                }
            }
            return pos;
        }

        private static boolean isConversionChar(char ch) {
            return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '%';
        }

        /** Decimal value of s[from, to), or -1 if it does not fit in an int. */
        private static int parseNumber(String s, int from, int to) {
            long v = 0;
            for (int k = from; k < to; k++) {
                v = v * 10 + (s.charAt(k) - '0');
                if (v > Integer.MAX_VALUE) {
                    return -1;
                }
            }
            return (int) v;
        }

        private boolean has(int flag) {
            return (f & flag) != 0;
        }

        private void failMismatch(int flag, char conv) {
            throw new FormatFlagsConversionMismatchException(flagsToString(flag), conv);
        }

        /** Throws for the first flag of {@code badFlags} (flag characters, in the order to check) that is set. */
        private void checkBadFlags(String badFlags) {
            for (int k = 0; k < badFlags.length(); k++) {
                int bit = 1 << FLAG_CHARS.indexOf(badFlags.charAt(k));
                if (has(bit)) {
                    failMismatch(bit, c);
                }
            }
        }

        private void checkGeneral() {
            if ((c == 'b' || c == 'h') && has(ALTERNATE)) {
                failMismatch(ALTERNATE, c);
            }
            if (width == -1 && has(LEFT_JUSTIFY)) {
                throw new MissingFormatWidthException(toString());
            }
            checkBadFlags("+ 0,(");
        }

        private void checkDateTime() {
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            if (!isDateTimeConversion(c)) {
                throw new UnknownFormatConversionException("t" + c);
            }
            checkBadFlags("#+ 0,(");
            if (width == -1 && has(LEFT_JUSTIFY)) {
                throw new MissingFormatWidthException(toString());
            }
        }

        private void checkCharacter() {
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            checkBadFlags("#+ 0,(");
            if (width == -1 && has(LEFT_JUSTIFY)) {
                throw new MissingFormatWidthException(toString());
            }
        }

        private void checkInteger() {
            checkNumeric();
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            if (c == 'd') {
                checkBadFlags("#");
            } else {
                checkBadFlags(",");
            }
        }

        private void checkFloat() {
            checkNumeric();
            if (c == 'a') {
                checkBadFlags("(,");
            } else if (c == 'e') {
                checkBadFlags(",");
            } else if (c == 'g') {
                checkBadFlags("#");
            }
        }

        private void checkNumeric() {
            if (width == -1 && (has(LEFT_JUSTIFY) || has(ZERO_PAD))) {
                throw new MissingFormatWidthException(toString());
            }
            if ((has(PLUS) && has(LEADING_SPACE)) || (has(LEFT_JUSTIFY) && has(ZERO_PAD))) {
                throw new IllegalFormatFlagsException(flagsToString(f));
            }
        }

        private void checkText() {
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            if (c == '%') {
                if (f != LEFT_JUSTIFY && f != 0) {
                    throw new IllegalFormatFlagsException(flagsToString(f));
                }
                if (width == -1 && has(LEFT_JUSTIFY)) {
                    throw new MissingFormatWidthException(toString());
                }
            } else {
                if (width != -1) {
                    throw new IllegalFormatWidthException(width);
                }
                if (f != 0) {
                    throw new IllegalFormatFlagsException(flagsToString(f));
                }
            }
        }

        /** The specifier as the JDK shows it in exception messages. */
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append('%');
            sb.append(flagsToString(f & ~UPPERCASE));
            if (index > 0) {
                sb.append(index).append('$');
            }
            if (width != -1) {
                sb.append(width);
            }
            if (precision != -1) {
                sb.append('.').append(precision);
            }
            if (dt) {
                sb.append(has(UPPERCASE) ? 'T' : 't');
            }
            sb.append(has(UPPERCASE) ? Character.toUpperCase(c) : c);
            return sb.toString();
        }

        // -------------------------------------------------------------- printing

        void print(Sink out, Object arg) {
            if (dt) {
                printDateTime(out, arg);
                return;
            }
            switch (c) {
                case 'd': case 'o': case 'x':
                    printInteger(out, arg);
                    break;
                case 'e': case 'f': case 'g': case 'a':
                    printFloat(out, arg);
                    break;
                case 'c':
                    printCharacter(out, arg);
                    break;
                case 'b':
                    printString(out, arg == null ? "false" : (arg instanceof Boolean ? String.valueOf(((Boolean) arg).booleanValue()) : "true"));
                    break;
                case 's':
                    if (has(ALTERNATE)) {
                        failMismatch(ALTERNATE, 's');
                    }
                    printString(out, arg == null ? "null" : arg.toString());
                    break;
                case 'h':
                    printString(out, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                    break;
                case 'n':
                    out.append("\n");
                    break;
                default:
                    printString(out, "%");
                    break;
            }
        }

        private void failConversion(Object arg) {
            throw new IllegalFormatConversionException(c, arg.getClass());
        }

        private void printDateTime(Sink out, Object arg) {
            if (arg == null) {
                printString(out, "null");
                return;
            }
            if (!(arg instanceof Long)) {
                failConversion(arg);
            }
            throw new UnsupportedOperationException("date/time conversions are not supported");
        }

        private void printString(Sink out, String s) {
            if (precision != -1 && precision < s.length()) {
                s = s.substring(0, precision);
            }
            if (has(UPPERCASE)) {
                s = toUpperCase(s);
            }
            appendJustified(out, s);
        }

        private void appendJustified(Sink out, CharSequence cs) {
            if (width == -1) {
                out.append(cs);
                return;
            }
            boolean padRight = has(LEFT_JUSTIFY);
            int sp = width - cs.length();
            if (padRight) {
                out.append(cs);
            }
            for (int k = 0; k < sp; k++) {
                out.append(' ');
            }
            if (!padRight) {
                out.append(cs);
            }
        }

        private void printCharacter(Sink out, Object arg) {
            if (arg == null) {
                printString(out, "null");
                return;
            }
            String s = null;
            if (arg instanceof Character) {
                s = String.valueOf(((Character) arg).charValue());
            } else if (arg instanceof Byte) {
                s = codePointString(((Byte) arg).byteValue());
            } else if (arg instanceof Short) {
                s = codePointString(((Short) arg).shortValue());
            } else if (arg instanceof Integer) {
                s = codePointString(((Integer) arg).intValue());
            } else {
                failConversion(arg);
            }
            printString(out, s);
        }

        private static String codePointString(int cp) {
            if (cp < 0 || cp > 0x10FFFF) {
                throw new IllegalFormatCodePointException(cp);
            }
            if (cp < 0x10000) {
                return String.valueOf((char) cp);
            }
            int v = cp - 0x10000;
            char[] pair = new char[] {(char) (0xD800 + (v >>> 10)), (char) (0xDC00 + (v & 0x3FF))};
            return new String(pair);
        }

        private void printInteger(Sink out, Object arg) {
            if (arg == null) {
                printString(out, "null");
                return;
            }
            if (arg instanceof java.math.BigInteger) {
                printBigInteger(out, (java.math.BigInteger) arg);
                return;
            }
            long value;
            long unsignedBias;
            if (arg instanceof Byte) {
                value = ((Byte) arg).byteValue();
                unsignedBias = 1L << 8;
            } else if (arg instanceof Short) {
                value = ((Short) arg).shortValue();
                unsignedBias = 1L << 16;
            } else if (arg instanceof Integer) {
                value = ((Integer) arg).intValue();
                unsignedBias = 1L << 32;
            } else if (arg instanceof Long) {
                value = ((Long) arg).longValue();
                unsignedBias = 0;
            } else {
                failConversion(arg);
                return;
            }
            // %o and %x show narrower negative values as unsigned numbers of their own width
            if (value < 0 && c != 'd') {
                value += unsignedBias;
            }
            StringBuilder sb = new StringBuilder();
            if (c == 'd') {
                boolean neg = value < 0;
                String valueStr = Long.toString(value);
                leadingSign(sb, neg);
                localizedMagnitude(sb, valueStr, neg ? 1 : 0, adjustWidth(width, neg));
                trailingSign(sb, neg);
            } else {
                checkBadFlags("( +");
                String s = (c == 'o') ? toUnsignedString(value, 3) : toUnsignedString(value, 4);
                int prefixLen = has(ALTERNATE) ? (c == 'o' ? 1 : 2) : 0;
                if (has(ALTERNATE)) {
                    sb.append(c == 'o' ? "0" : (has(UPPERCASE) ? "0X" : "0x"));
                }
                if (has(ZERO_PAD)) {
                    for (int k = s.length() + prefixLen; k < width; k++) {
                        sb.append('0');
                    }
                }
                if (has(UPPERCASE)) {
                    s = toUpperCase(s);
                }
                sb.append(s);
            }
            appendJustified(out, sb);
        }

        /** %d, %o and %x of a BigInteger: signed in every radix, so '+', ' ' and '(' apply to all three. */
        private void printBigInteger(Sink out, java.math.BigInteger value) {
            StringBuilder sb = new StringBuilder();
            boolean neg = value.signum() < 0;
            java.math.BigInteger magnitude = value.abs();
            leadingSign(sb, neg);
            if (c == 'd') {
                localizedMagnitude(sb, magnitude.toString(), 0, adjustWidth(width, neg));
            } else {
                String digits = magnitude.toString(c == 'o' ? 8 : 16);
                int len = digits.length() + sb.length() + ((neg && has(PARENTHESES)) ? 1 : 0);
                if (has(ALTERNATE)) {
                    String prefix = c == 'o' ? "0" : (has(UPPERCASE) ? "0X" : "0x");
                    len += prefix.length();
                    sb.append(prefix);
                }
                if (has(ZERO_PAD)) {
                    for (int k = len; k < width; k++) {
                        sb.append('0');
                    }
                }
                sb.append(has(UPPERCASE) ? toUpperCase(digits) : digits);
            }
            trailingSign(sb, neg);
            appendJustified(out, sb);
        }

        /** %e, %f and %g of a BigDecimal, rounded half up. */
        private void printBigDecimal(Sink out, java.math.BigDecimal value) {
            StringBuilder sb = new StringBuilder();
            boolean neg = value.signum() < 0;
            java.math.BigDecimal v = value.abs();
            leadingSign(sb, neg);
            if (c == 'e') {
                bigScientific(sb, v, precision == -1 ? 6 : precision, neg);
            } else if (c == 'f') {
                bigFixed(sb, v, precision == -1 ? 6 : precision, neg);
            } else {
                int prec = precision == -1 ? 6 : (precision == 0 ? 1 : precision);
                if (v.signum() == 0) {
                    // zero: fixed only if it has no scale
                    if (v.scale() == 0) {
                        bigFixed(sb, v, prec - 1, neg);
                    } else {
                        bigScientific(sb, v, prec - 1, neg);
                    }
                } else {
                    java.math.BigDecimal r = v.round(new java.math.MathContext(prec, java.math.RoundingMode.HALF_UP));
                    int exponent = r.precision() - r.scale() - 1;
                    if (exponent >= -4 && exponent < prec) {
                        bigFixed(sb, v, prec - 1 - exponent, neg);
                    } else {
                        bigScientific(sb, v, prec - 1, neg);
                    }
                }
            }
            trailingSign(sb, neg);
            appendJustified(out, sb);
        }

        private void bigFixed(StringBuilder sb, java.math.BigDecimal v, int prec, boolean neg) {
            String digits = v.setScale(prec, java.math.RoundingMode.HALF_UP).toPlainString();
            if (prec == 0 && has(ALTERNATE)) {
                digits = digits.concat(".");
            }
            localizedMagnitude(sb, digits, 0, width == -1 ? -1 : adjustWidth(width, neg));
        }

        private void bigScientific(StringBuilder sb, java.math.BigDecimal v, int prec, boolean neg) {
            StringBuilder mant = new StringBuilder();
            int exponent;
            if (v.signum() == 0) {
                mant.append('0');
                exponent = -v.scale();
                if (prec > 0) {
                    mant.append('.');
                    for (int k = 0; k < prec; k++) {
                        mant.append('0');
                    }
                }
            } else {
                java.math.BigDecimal r = v.round(new java.math.MathContext(prec + 1, java.math.RoundingMode.HALF_UP));
                String d = r.unscaledValue().toString();
                exponent = d.length() - 1 - r.scale();
                mant.append(d.charAt(0));
                if (prec > 0) {
                    mant.append('.').append(d, 1, d.length());
                    for (int k = d.length() - 1; k < prec; k++) {
                        mant.append('0');
                    }
                }
            }
            if (prec == 0 && has(ALTERNATE)) {
                mant.append('.');
            }
            StringBuilder exp = new StringBuilder();
            exp.append(exponent < 0 ? '-' : '+');
            int ae = Math.abs(exponent);
            if (ae < 10) {
                exp.append('0');
            }
            exp.append(ae);
            int newW = width == -1 ? -1 : adjustWidth(width - exp.length() - 1, neg);
            localizedMagnitude(sb, mant.toString(), 0, newW);
            sb.append(has(UPPERCASE) ? 'E' : 'e');
            sb.append(exp);
        }

        private void leadingSign(StringBuilder sb, boolean neg) {
            if (!neg) {
                if (has(PLUS)) {
                    sb.append('+');
                } else if (has(LEADING_SPACE)) {
                    sb.append(' ');
                }
            } else {
                if (has(PARENTHESES)) {
                    sb.append('(');
                } else {
                    sb.append('-');
                }
            }
        }

        private void trailingSign(StringBuilder sb, boolean neg) {
            if (neg && has(PARENTHESES)) {
                sb.append(')');
            }
        }

        /** A negative number in parentheses needs one column for the ')'. */
        private int adjustWidth(int w, boolean neg) {
            if (w != -1 && neg && has(PARENTHESES)) {
                return w - 1;
            }
            return w;
        }

        /**
         * Appends the digits of {@code value} from {@code offset}, inserting
         * ',' every three integer digits when grouping, then zero-pads (after
         * any sign already in sb) up to {@code w} characters if '0' is set.
         */
        private void localizedMagnitude(StringBuilder sb, String value, int offset, int w) {
            int begin = sb.length();
            int len = value.length();
            int dot = len;
            for (int j = offset; j < len; j++) {
                if (value.charAt(j) == '.') {
                    dot = j;
                    break;
                }
            }
            boolean group = has(GROUP);
            for (int j = offset; j < len; j++) {
                if (j == dot) {
                    sb.append('.');
                    group = false;
                    continue;
                }
                sb.append(value.charAt(j));
                if (group && j != dot - 1 && ((dot - j) % 3 == 1)) {
                    sb.append(',');
                }
            }
            if (w != -1 && has(ZERO_PAD)) {
                int pad = w - sb.length();
                if (pad > 0) {
                    StringBuilder zeros = new StringBuilder();
                    for (int k = 0; k < pad; k++) {
                        zeros.append('0');
                    }
                    sb.insert(begin, zeros.toString());
                }
            }
        }

        private void printFloat(Sink out, Object arg) {
            if (arg == null) {
                printString(out, "null");
                return;
            }
            if (arg instanceof java.math.BigDecimal) {
                if (c == 'a') {
                    failConversion(arg);
                }
                printBigDecimal(out, (java.math.BigDecimal) arg);
                return;
            }
            double value;
            if (arg instanceof Double) {
                value = ((Double) arg).doubleValue();
            } else if (arg instanceof Float) {
                value = ((Float) arg).floatValue();
            } else {
                failConversion(arg);
                return;
            }
            StringBuilder sb = new StringBuilder();
            boolean neg = Double.compare(value, 0.0) == -1;
            if (!Double.isNaN(value)) {
                double v = Math.abs(value);
                leadingSign(sb, neg);
                if (v != POSITIVE_INFINITY) {
                    printFloatDigits(sb, v, neg);
                } else {
                    sb.append(has(UPPERCASE) ? "INFINITY" : "Infinity");
                }
                trailingSign(sb, neg);
            } else {
                sb.append(has(UPPERCASE) ? "NAN" : "NaN");
            }
            appendJustified(out, sb);
        }

        /** Digits of a finite, non-negative value for %e, %f, %g or %a. */
        private void printFloatDigits(StringBuilder sb, double value, boolean neg) {
            if (c == 'a') {
                int prec = precision;
                if (precision == -1) {
                    prec = 0;
                } else if (precision == 0) {
                    prec = 1;
                }
                String s = hexDouble(value, prec);
                boolean upper = has(UPPERCASE);
                sb.append(upper ? "0X" : "0x");
                if (has(ZERO_PAD)) {
                    // the JDK sizes this padding before adding the precision's zeros
                    int leading = (has(LEADING_SPACE) || has(PLUS) || neg) ? 3 : 2;
                    for (int k = s.length() + leading; k < width; k++) {
                        sb.append('0');
                    }
                }
                int idx = s.indexOf('p');
                String digits = s.substring(0, idx);
                if (upper) {
                    digits = toUpperCase(digits);
                }
                sb.append(digits);
                if (prec != 0) {
                    int dot = digits.indexOf('.');
                    for (int k = digits.length() - dot - 1; k < prec; k++) {
                        sb.append('0');
                    }
                }
                sb.append(upper ? 'P' : 'p');
                sb.append(s.substring(idx + 1));
            } else if (c == 'e') {
                int prec = (precision == -1) ? 6 : precision;
                String sci = formatScientific(value, prec);
                int e = sci.indexOf('e');
                String mant = sci.substring(0, e);
                String exp = (value == 0.0) ? "+00" : sci.substring(e + 1);
                appendScientific(sb, mant, exp, prec, neg);
            } else if (c == 'f') {
                int prec = (precision == -1) ? 6 : precision;
                String mant = formatFixed(value, prec);
                if (has(ALTERNATE) && prec == 0) {
                    mant = mant.concat(".");
                }
                localizedMagnitude(sb, mant, 0, width == -1 ? -1 : adjustWidth(width, neg));
            } else {
                // %g: scientific if the exponent after rounding to prec digits is < -4 or >= prec
                int prec = precision;
                if (precision == -1) {
                    prec = 6;
                } else if (precision == 0) {
                    prec = 1;
                }
                if (value == 0.0) {
                    String mant = formatFixed(0.0, prec - 1);
                    localizedMagnitude(sb, mant, 0, width == -1 ? -1 : adjustWidth(width, neg));
                    return;
                }
                String sci = formatScientific(value, prec - 1);
                int e = sci.indexOf('e');
                String exp = sci.substring(e + 1);
                int x = parseExponent(exp);
                if (x < -4 || x >= prec) {
                    appendScientific(sb, sci.substring(0, e), exp, prec - 1, neg);
                } else {
                    String mant = formatFixed(value, prec - 1 - x);
                    localizedMagnitude(sb, mant, 0, width == -1 ? -1 : adjustWidth(width, neg));
                }
            }
        }

        private void appendScientific(StringBuilder sb, String mant, String exp, int prec, boolean neg) {
            if (has(ALTERNATE) && prec == 0) {
                mant = mant.concat(".");
            }
            int newW = width;
            if (width != -1) {
                newW = adjustWidth(width - exp.length() - 1, neg);
            }
            localizedMagnitude(sb, mant, 0, newW);
            sb.append(has(UPPERCASE) ? 'E' : 'e');
            sb.append(exp);
        }

        private static int parseExponent(String exp) {
            int v = 0;
            for (int k = 1; k < exp.length(); k++) {
                v = v * 10 + (exp.charAt(k) - '0');
            }
            return exp.charAt(0) == '-' ? -v : v;
        }
    }
}
