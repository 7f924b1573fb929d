package java.lang;

/**
 * Parses hexadecimal floating-point strings ("0x1.8p3", with optional sign
 * and f/F/d/D suffix) for Double.parseDouble and Float.parseFloat,
 * rounding the exact value once (half even) to the target precision,
 * subnormals included.
 */
final class HexFloatParser {
    private HexFloatParser() {
    }

    /** Whether s (trimmed) is in hexadecimal form. */
    static boolean isHex(String s) {
        int i = (s.startsWith("-") || s.startsWith("+")) ? 1 : 0;
        return s.startsWith("0x", i) || s.startsWith("0X", i);
    }

    static double parse(String s, boolean isFloat) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i++;
        }
        i += 2;
        long mant = 0;
        boolean sticky = false;
        long exp = 0;
        boolean anyDigit = false;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (dot) {
                    throw bad(s);
                }
                dot = true;
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0 || c > 'f') {
                break;
            }
            anyDigit = true;
            if ((mant >>> 56) == 0) {
                mant = (mant << 4) | d;
                if (dot) {
                    exp -= 4;
                }
            } else {
                // too many digits to keep: fold them into the sticky bit
                sticky |= d != 0;
                if (!dot) {
                    exp += 4;
                }
            }
        }
        if (!anyDigit || i >= n || (s.charAt(i) != 'p' && s.charAt(i) != 'P')) {
            throw bad(s);
        }
        i++;
        boolean expNegative = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            expNegative = s.charAt(i) == '-';
            i++;
        }
        int expStart = i;
        long e = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            if (e < 100000000L) {
                e = e * 10 + (s.charAt(i) - '0');
            }
            i++;
        }
        if (i == expStart) {
            throw bad(s);
        }
        if (i < n) {
            char c = s.charAt(i);
            if ((c != 'f' && c != 'F' && c != 'd' && c != 'D') || i + 1 != n) {
                throw bad(s);
            }
        }
        exp += expNegative ? -e : e;
        double v = round(mant, sticky, exp, isFloat);
        return negative ? -v : v;
    }

    private static NumberFormatException bad(String s) {
        return new NumberFormatException("For input string: \"" + s + "\"");
    }

    /** mant * 2^exp (plus a tiny amount if sticky), rounded half even to a float or double. */
    private static double round(long mant, boolean sticky, long exp, boolean isFloat) {
        if (mant == 0) {
            return 0.0;
        }
        int precision = isFloat ? 24 : 53;
        int minExp = isFloat ? Float.MIN_EXPONENT : Double.MIN_EXPONENT;
        int maxExp = isFloat ? Float.MAX_EXPONENT : Double.MAX_EXPONENT;
        int bits = 64 - Long.numberOfLeadingZeros(mant);
        long top = exp + bits - 1;
        if (top > maxExp) {
            return Double.POSITIVE_INFINITY;
        }
        long keep = top >= minExp ? precision : precision - (minExp - top);
        long shift = bits - keep;
        long kept;
        if (shift <= 0) {
            kept = mant;
            shift = 0;
        } else {
            kept = shift >= 64 ? 0 : mant >>> shift;
            boolean half = shift <= 64 && ((mant >>> (shift - 1)) & 1) != 0;
            boolean rest = sticky || (shift >= 2 && (shift - 1 >= 64 ? mant : mant & ((1L << (shift - 1)) - 1)) != 0);
            if (shift > 64) {
                half = false;
                rest = true;
            }
            if (half && (rest || (kept & 1) != 0)) {
                kept++;
            }
        }
        if (kept == 0) {
            return 0.0;
        }
        double v = Math.scalb((double) kept, (int) Math.max(exp + shift, -2000));
        if (isFloat && v > Float.MAX_VALUE) {
            return Double.POSITIVE_INFINITY;
        }
        return v;
    }
}
