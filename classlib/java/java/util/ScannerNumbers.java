package java.util;

/**
 * The token forms Scanner accepts, as Locale.US writes numbers: integers
 * with an optional sign and ',' grouping ("1,234,567"), decimals with an
 * optional fraction and exponent, hexadecimal floats, NaN and Infinity,
 * and booleans.
 */
final class ScannerNumbers {
    static final int ANY = 0;
    static final int INTEGER = 1;
    static final int FLOAT = 2;
    static final int BOOLEAN = 3;

    private ScannerNumbers() {
    }

    static boolean matches(int kind, String t, int radix) {
        switch (kind) {
            case INTEGER:
                return isInteger(t, radix);
            case FLOAT:
                return isFloat(t);
            case BOOLEAN:
                return t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false");
            default:
                return true;
        }
    }

    private static boolean isDigit(char c, int radix) {
        return Character.digit(c, radix) >= 0;
    }

    /**
     * The length of the numeral at {@code i}: radix digits, or a grouped
     * numeral (a non-zero decimal digit, up to two more digits, then one or
     * more ",ddd" groups); 0 if there is none. Takes the longest form.
     */
    private static int numeral(String t, int i, int radix) {
        int n = t.length();
        int j = i;
        while (j < n && isDigit(t.charAt(j), radix)) {
            j++;
        }
        int plain = j - i;
        int grouped = 0;
        if (i < n && Character.digit(t.charAt(i), 10) > 0) {
            int k = i + 1;
            int lead = 1;
            while (k < n && lead < 3 && isDigit(t.charAt(k), radix)) {
                k++;
                lead++;
            }
            int groups = 0;
            while (k < n && t.charAt(k) == ',' && isDigitRun(t, k + 1, 3, radix)) {
                k += 4;
                groups++;
            }
            if (groups > 0) {
                grouped = k - i;
            }
        }
        return Math.max(plain, grouped);
    }

    private static boolean isDigitRun(String t, int from, int count, int radix) {
        if (from + count > t.length()) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (!isDigit(t.charAt(k), radix)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInteger(String t, int radix) {
        int i = 0;
        if (t.length() > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            i = 1;
        }
        int len = numeral(t, i, radix);
        return len > 0 && i + len == t.length();
    }

    private static boolean isFloat(String t) {
        int n = t.length();
        int i = 0;
        if (n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            i = 1;
        }
        String body = t.substring(i);
        if (body.equals("NaN") || body.equals("Infinity") || body.equals("\u221E")) {
            return true;
        }
        if (isHexFloat(t, i)) {
            return true;
        }
        int len = numeral(t, i, 10);
        int j = i + len;
        if (len > 0) {
            if (j < n && t.charAt(j) == '.') {
                j++;
                while (j < n && Character.isDigit(t.charAt(j))) {
                    j++;
                }
            }
        } else {
            if (j >= n || t.charAt(j) != '.') {
                return false;
            }
            j++;
            int d = j;
            while (j < n && Character.isDigit(t.charAt(j))) {
                j++;
            }
            if (j == d) {
                return false;
            }
        }
        if (j < n && (t.charAt(j) == 'e' || t.charAt(j) == 'E')) {
            j++;
            if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) {
                j++;
            }
            int d = j;
            while (j < n && Character.isDigit(t.charAt(j))) {
                j++;
            }
            if (j == d) {
                return false;
            }
        }
        return j == n;
    }

    /** [-+]?0[xX][0-9a-fA-F]*\.[0-9a-fA-F]+([pP][-+]?[0-9]+)? from {@code i} (after the sign). */
    private static boolean isHexFloat(String t, int i) {
        int n = t.length();
        if (i + 2 > n || t.charAt(i) != '0' || (t.charAt(i + 1) != 'x' && t.charAt(i + 1) != 'X')) {
            return false;
        }
        int j = i + 2;
        while (j < n && Character.digit(t.charAt(j), 16) >= 0 && t.charAt(j) < 128) {
            j++;
        }
        if (j >= n || t.charAt(j) != '.') {
            return false;
        }
        j++;
        int d = j;
        while (j < n && Character.digit(t.charAt(j), 16) >= 0 && t.charAt(j) < 128) {
            j++;
        }
        if (j == d) {
            return false;
        }
        if (j < n && (t.charAt(j) == 'p' || t.charAt(j) == 'P')) {
            j++;
            if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) {
                j++;
            }
            int e = j;
            while (j < n && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
                j++;
            }
            if (j == e) {
                return false;
            }
        }
        return j == n;
    }

    /** An integer token without its group separators, ready for parseInt. */
    static String integerDigits(String t) {
        return t.indexOf(',') < 0 ? t : t.replace(",", "");
    }

    /** A float token as Double.parseDouble reads it. */
    static String floatText(String t) {
        String s = t.indexOf(',') < 0 ? t : t.replace(",", "");
        if (s.endsWith("\u221E")) {
            s = s.substring(0, s.length() - 1) + "Infinity";
        }
        return s;
    }
}
