package java.lang;

/**
 * The integer parsing behind Integer, Long, Short and Byte: signed and
 * unsigned, of whole strings and of CharSequence ranges, with the JDK's
 * NumberFormatException messages (which differ between those forms).
 */
final class NumberParsing {
    private NumberParsing() {
    }

    static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
    }

    static NumberFormatException forCharSequence(CharSequence s, int begin, int end, int errorIndex) {
        return new NumberFormatException("Error at index " + (errorIndex - begin) + " in: \""
                + s.subSequence(begin, end) + "\"");
    }

    /** A signed value in [min, max] (Integer.parseInt, Long.parseLong). */
    static long parse(String s, int radix, long min, long max) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        checkRadix(radix);
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
            } else if (first != '+') {
                throw NumberFormatException.forInputString(s, radix);
            }
            if (len == 1) {
                throw NumberFormatException.forInputString(s, radix);
            }
            i = 1;
        }
        // accumulate negatively: the negative range is one larger
        long limit = negative ? min : -max;
        long multiplyMin = limit / radix;
        long result = 0;
        while (i < len) {
            int digit = Character.digit(s.charAt(i++), radix);
            if (digit < 0 || result < multiplyMin) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /**
     * A signed value in [min, max] from s[begin, end); {@code intForm}
     * selects Integer's message for an empty range (Long's is empty).
     */
    static long parse(CharSequence s, int begin, int end, int radix, long min, long max, boolean intForm) {
        if (s == null) {
            throw new NullPointerException();
        }
        if (begin < 0 || begin > end || end > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        checkRadix(radix);
        if (begin == end) {
            throw intForm ? NumberFormatException.forInputString("", radix) : new NumberFormatException("");
        }
        int i = begin;
        boolean negative = false;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-') {
                negative = true;
            } else if (first != '+') {
                throw forCharSequence(s, begin, end, i);
            }
            i++;
            if (i == end) {
                throw forCharSequence(s, begin, end, i);
            }
        }
        long limit = negative ? min : -max;
        long multiplyMin = limit / radix;
        long result = 0;
        while (i < end) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multiplyMin) {
                throw forCharSequence(s, begin, end, i);
            }
            result *= radix;
            if (result < limit + digit) {
                throw forCharSequence(s, begin, end, i);
            }
            i++;
            result -= digit;
        }
        return negative ? result : -result;
    }

    static int parseUnsignedInt(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 5 || (radix == 10 && len <= 9)) {
            return (int) parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        long v = parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE);
        if ((v >>> 32) != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) v;
    }

    static int parseUnsignedInt(CharSequence s, int begin, int end, int radix) {
        if (s == null) {
            throw new NullPointerException();
        }
        if (begin < 0 || begin > end || end > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        int len = end - begin;
        if (len == 0) {
            throw new NumberFormatException("");
        }
        if (s.charAt(begin) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 5 || (radix == 10 && len <= 9)) {
            return (int) parse(s, begin, end, radix, Integer.MIN_VALUE, Integer.MAX_VALUE, true);
        }
        long v = parse(s, begin, end, radix, Long.MIN_VALUE, Long.MAX_VALUE, false);
        if ((v >>> 32) != 0) {
            throw new NumberFormatException("String value " + s.subSequence(begin, end) + " exceeds range of unsigned int.");
        }
        return (int) v;
    }

    static long parseUnsignedLong(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 12 || (radix == 10 && len <= 18)) {
            return parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return unsignedTail(s, 0, len, radix, s);
    }

    static long parseUnsignedLong(CharSequence s, int begin, int end, int radix) {
        if (s == null) {
            throw new NullPointerException();
        }
        if (begin < 0 || begin > end || end > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        int len = end - begin;
        if (len == 0) {
            throw NumberFormatException.forInputString("", radix);
        }
        CharSequence text = s.subSequence(begin, end);
        if (s.charAt(begin) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + text + ".");
        }
        if (len <= 12 || (radix == 10 && len <= 18)) {
            return parse(s, begin, end, radix, Long.MIN_VALUE, Long.MAX_VALUE, false);
        }
        return unsignedTail(s, begin, end, radix, text);
    }

    /** All but the last digit as a signed long, then the last digit, checking the unsigned range. */
    private static long unsignedTail(CharSequence s, int begin, int end, int radix, CharSequence text) {
        long first = parse(s, begin, end - 1, radix, Long.MIN_VALUE, Long.MAX_VALUE, false);
        int second = Character.digit(s.charAt(end - 1), radix);
        if (second < 0) {
            throw new NumberFormatException("Bad digit at end of " + text);
        }
        // first * radix + second must stay below 2^64
        if (Long.compareUnsigned(first, Long.divideUnsigned(-1L - second, radix)) > 0) {
            throw new NumberFormatException("String value " + text + " exceeds range of unsigned long.");
        }
        return first * radix + second;
    }

    /**
     * Integer.decode and Long.decode: optional sign, then 0x, 0X, # or 0
     * (octal); a value that overflows when parsed unsigned is parsed again
     * with its sign, whose exception is the one thrown.
     */
    static long decode(String nm, long min, long max) {
        if (nm.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        int index = 0;
        boolean negative = false;
        char first = nm.charAt(0);
        if (first == '-') {
            negative = true;
            index++;
        } else if (first == '+') {
            index++;
        }
        int radix = 10;
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        String digits = nm.substring(index);
        try {
            long v = parse(digits, radix, min, max);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return parse(negative ? "-" + digits : digits, radix, min, max);
        }
    }

    /** The system property {@code name} decoded as a number, or null if absent or malformed. */
    static Long property(String name, boolean isInt) {
        String v = null;
        try {
            v = System.getProperty(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            // no such property
        }
        if (v != null) {
            try {
                return decode(v, isInt ? Integer.MIN_VALUE : Long.MIN_VALUE, isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
            } catch (NumberFormatException e) {
                // malformed: use the default
            }
        }
        return null;
    }
}
