package java.math;

/**
 * Parses the decimal string form accepted by BigDecimal's constructors:
 * an optional sign, digits with at most one decimal point, and an
 * optional exponent ('e' or 'E', optional sign, digits). The exception
 * messages are the JDK's.
 */
final class DecimalParser {
    private DecimalParser() {
    }

    static BigDecimal parse(char[] in, int offset, int len) {
        if (len == 0) {
            throw new NumberFormatException();
        }
        int i = offset;
        int end = offset + len;
        boolean negative = false;
        if (in[i] == '-') {
            negative = true;
            i++;
        } else if (in[i] == '+') {
            i++;
        }
        char[] digits = new char[len];
        int n = 0;
        int fraction = 0;
        boolean dot = false;
        long exponent = 0;
        while (i < end) {
            char c = in[i];
            if (c >= '0' && c <= '9') {
                digits[n++] = c;
            } else if (c == '.') {
                if (dot) {
                    throw new NumberFormatException("Character array contains more than one decimal point.");
                }
                dot = true;
                i++;
                continue;
            } else if (c == 'e' || c == 'E') {
                exponent = parseExponent(in, i + 1, end);
                break;
            } else if (Character.isDigit(c)) {
                digits[n++] = (char) ('0' + Character.digit(c, 10));
            } else {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
            if (dot) {
                fraction++;
            }
            i++;
        }
        if (n == 0) {
            throw new NumberFormatException("No digits found.");
        }
        long scale = fraction - exponent;
        if (scale > Integer.MAX_VALUE || scale < Integer.MIN_VALUE) {
            throw new NumberFormatException("Scale out of range.");
        }
        BigInteger v;
        if (n <= 18) {
            long x = 0;
            for (int k = 0; k < n; k++) {
                x = x * 10 + (digits[k] - '0');
            }
            v = BigInteger.valueOf(negative ? -x : x);
        } else {
            v = new BigInteger(new String(digits, 0, n));
            if (negative) {
                v = v.negate();
            }
        }
        return new BigDecimal(v, (int) scale);
    }

    private static long parseExponent(char[] in, int i, int end) {
        if (i >= end) {
            throw new NumberFormatException();
        }
        boolean negative = false;
        if (in[i] == '-') {
            negative = true;
            i++;
        } else if (in[i] == '+') {
            i++;
        }
        if (i >= end) {
            throw new NumberFormatException();
        }
        for (int k = i; k < end; k++) {
            if (!Character.isDigit(in[k])) {
                throw new NumberFormatException("Not a digit.");
            }
        }
        while (i < end && Character.digit(in[i], 10) == 0) {
            i++;
        }
        if (end - i > 10) {
            throw new NumberFormatException("Too many nonzero exponent digits.");
        }
        long v = 0;
        for (; i < end; i++) {
            v = v * 10 + Character.digit(in[i], 10);
        }
        if (negative) {
            v = -v;
        }
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new NumberFormatException("Exponent overflow.");
        }
        return v;
    }
}
