package java.lang;

/** The wrapper of a long, and long utilities (radix conversion, parsing, unsigned arithmetic, bits). */
public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) Class.getPrimitiveClass("long");

    private final long value;

    /** valueOf's cache of -128..127. */
    private static final class Cache {
        static final Long[] VALUES = new Long[256];

        static {
            for (int i = 0; i < VALUES.length; i++) {
                VALUES[i] = new Long(i - 128);
            }
        }
    }

    @Deprecated(since = "9")
    public Long(long value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    public static Long valueOf(long i) {
        if (i >= -128 && i <= 127) {
            return Cache.VALUES[(int) i + 128];
        }
        return new Long(i);
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    // ---- parsing ----

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    public static long parseLong(String s, int radix) throws NumberFormatException {
        return (long) NumberParsing.parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        return (long) NumberParsing.parse(s, beginIndex, endIndex, radix, MIN_VALUE, MAX_VALUE, false);
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        return NumberParsing.parseUnsignedLong(s, radix);
    }

    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        return NumberParsing.parseUnsignedLong(s, beginIndex, endIndex, radix);
    }

    public static Long decode(String nm) throws NumberFormatException {
        return valueOf((long) NumberParsing.decode(nm, MIN_VALUE, MAX_VALUE));
    }

    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    public static Long getLong(String nm, long val) {
        Long result = getLong(nm, null);
        return (result == null) ? valueOf(val) : result;
    }

    public static Long getLong(String nm, Long val) {
        Long v = NumberParsing.property(nm, false);
        return v == null ? val : valueOf((long) v.longValue());
    }

    // ---- strings ----

    public static String toString(long i) {
        return toString(i, 10);
    }

    /** Signed digits in {@code radix} (10 if out of range). */
    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        char[] buf = new char[65];
        int pos = 65;
        boolean negative = i < 0;
        if (!negative) {
            i = -i;
        }
        // digits of the negative value: the negative range is one larger
        do {
            buf[--pos] = DIGIT_CHARS[(int) -(i % radix)];
            i /= radix;
        } while (i != 0);
        if (negative) {
            buf[--pos] = '-';
        }
        return new String(String.copyRange(buf, pos, 65 - pos), true);
    }

    static final char[] DIGIT_CHARS = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
        'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'
    };

    /** Unsigned digits of {@code i} in base 2^shift. */
    static String toUnsignedBase(long i, int shift) {
        char[] buf = new char[64];
        int pos = 64;
        int mask = (1 << shift) - 1;
        do {
            buf[--pos] = DIGIT_CHARS[(int) (i & mask)];
            i >>>= shift;
        } while (i != 0);
        return new String(String.copyRange(buf, pos, 64 - pos), true);
    }

    public static String toHexString(long i) {
        return toUnsignedBase(i, 4);
    }

    public static String toOctalString(long i) {
        return toUnsignedBase(i, 3);
    }

    public static String toBinaryString(long i) {
        return toUnsignedBase(i, 1);
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) {
            return toString(i, radix);
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        long quotient = divideUnsigned(i, radix);
        long rem = i - quotient * radix;
        return toString(quotient, radix) + Character.forDigit((int) rem, radix);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        }
        if (dividend >= 0) {
            return dividend / divisor;
        }
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        if (divisor > 0 && dividend >= 0) {
            return dividend % divisor;
        }
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    public static int bitCount(long i) {
        i = i - ((i >>> 1) & 0x5555555555555555L);
        i = (i & 0x3333333333333333L) + ((i >>> 2) & 0x3333333333333333L);
        i = (i + (i >>> 4)) & 0x0f0f0f0f0f0f0f0fL;
        i = i + (i >>> 8);
        i = i + (i >>> 16);
        i = i + (i >>> 32);
        return (int) i & 0x7f;
    }

    public static int numberOfLeadingZeros(long i) {
        int hi = (int) (i >>> 32);
        return hi != 0 ? Integer.numberOfLeadingZeros(hi) : 32 + Integer.numberOfLeadingZeros((int) i);
    }

    public static int numberOfTrailingZeros(long i) {
        int lo = (int) i;
        return lo != 0 ? Integer.numberOfTrailingZeros(lo) : 32 + Integer.numberOfTrailingZeros((int) (i >>> 32));
    }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32) | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }


    // ---- comparison and arithmetic ----

    public static int compare(long x, long y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    // ---- bits ----

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    // ---- instance ----

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return (double) value;
    }

    public String toString() {
        return toString(value);
    }

    public int hashCode() {
        return hashCode(value);
    }

    public boolean equals(Object obj) {
        return obj instanceof Long && value == ((Long) obj).value;
    }

    public int compareTo(Long another) {
        return compare(value, another.value);
    }
}
