package java.lang;

import java.util.Random;

/**
 * Basic numeric operations. sin, cos, tan, exp, log, log10 and pow are
 * correctly rounded by the VM (as HotSpot's intrinsics nearly always
 * are); the other elementary functions are StrictMath's.
 */
public final class Math {
    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    public static final double TAU = 2.0 * PI;

    private Math() {
    }

    private static final class RandomHolder {
        static final Random GENERATOR = new Random();
    }

    public static native double sin(double a);

    public static native double cos(double a);

    public static native double tan(double a);

    public static double asin(double a) {
        return StrictMath.asin(a);
    }

    public static double acos(double a) {
        return StrictMath.acos(a);
    }

    public static double atan(double a) {
        return StrictMath.atan(a);
    }

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    public static native double exp(double a);

    public static native double log(double a);

    public static native double log10(double a);

    public static double sqrt(double a) {
        return StrictMath.sqrt(a);
    }

    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    public static double IEEEremainder(double f1, double f2) {
        return StrictMath.IEEEremainder(f1, f2);
    }

    public static double ceil(double a) {
        return StrictMath.ceil(a);
    }

    public static double floor(double a) {
        return StrictMath.floor(a);
    }

    public static double rint(double a) {
        return StrictMath.rint(a);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    public static native double pow(double a, double b);

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    /** floor(a + 1/2), computed exactly. */
    public static long round(double a) {
        if (a != a) {
            return 0;
        }
        if (a > -4503599627370496.0 && a < 4503599627370496.0) {
            double f = floor(a);
            return (a - f >= 0.5) ? (long) f + 1 : (long) f;
        }
        return (long) a;
    }

    /** floor(a + 1/2), computed exactly. */
    public static int round(float a) {
        if (a != a) {
            return 0;
        }
        if (a > -8388608.0f && a < 8388608.0f) {
            float f = (float) floor(a);
            return (a - f >= 0.5f) ? (int) f + 1 : (int) f;
        }
        return (int) a;
    }

    public static double random() {
        return RandomHolder.GENERATOR.nextDouble();
    }

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        if ((x != 0 && (r / x != y || (x == -1 && y == Long.MIN_VALUE))) || (y == -1 && x == Long.MIN_VALUE)) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            q--;
        }
        return q;
    }

    public static int floorMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7fffffff);
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0x7fffffffffffffffL);
    }

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) < 0) {
            return b;
        }
        return (a >= b) ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(a) < 0) {
            return b;
        }
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) < 0) {
            return b;
        }
        return (a <= b) ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(b) < 0) {
            return b;
        }
        return (a <= b) ? a : b;
    }

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        long m = Double.doubleToRawLongBits(magnitude) & 0x7fffffffffffffffL;
        long s = Double.doubleToRawLongBits(sign) & 0x8000000000000000L;
        return Double.longBitsToDouble(m | s);
    }

    public static float copySign(float magnitude, float sign) {
        int m = Float.floatToRawIntBits(magnitude) & 0x7fffffff;
        int s = Float.floatToRawIntBits(sign) & 0x80000000;
        return Float.intBitsToFloat(m | s);
    }

    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == Double.MAX_EXPONENT + 1) {
            return abs(d);
        }
        if (exp == Double.MIN_EXPONENT - 1) {
            return Double.MIN_VALUE;
        }
        exp -= 52;
        if (exp >= Double.MIN_EXPONENT) {
            return Double.longBitsToDouble((long) (exp + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (exp + 1074));
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == Float.MAX_EXPONENT + 1) {
            return abs(f);
        }
        if (exp == Float.MIN_EXPONENT - 1) {
            return Float.MIN_VALUE;
        }
        exp -= 23;
        if (exp >= Float.MIN_EXPONENT) {
            return Float.intBitsToFloat((exp + 127) << 23);
        }
        return Float.intBitsToFloat(1 << (exp + 149));
    }

    /** The unbiased exponent: MAX_EXPONENT + 1 for NaN and infinities, MIN_EXPONENT - 1 for zero and subnormals. */
    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7FF) - 1023;
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> 23) & 0xFF) - 127;
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        d += 0.0d;
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(bits + ((bits >= 0L) ? 1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        f += 0.0f;
        int bits = Float.floatToRawIntBits(f);
        return Float.intBitsToFloat(bits + ((bits >= 0) ? 1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(bits + ((d > 0.0d) ? -1L : 1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        int bits = Float.floatToRawIntBits(f);
        return Float.intBitsToFloat(bits + ((f > 0.0f) ? -1 : 1));
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return direction;
        }
        return start + direction;
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return (float) direction;
        }
        return start + (float) direction;
    }

    /** d * 2^scaleFactor, rounded once. */
    public static double scalb(double d, int scaleFactor) {
        if (d != d || d == 0.0 || Double.isInfinite(d)) {
            return d;
        }
        if (scaleFactor > 4000) {
            scaleFactor = 4000;
        } else if (scaleFactor < -4000) {
            scaleFactor = -4000;
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = getExponent(d);
        if (exp == Double.MIN_EXPONENT - 1) {
            // subnormal: normalise first
            d *= 0x1.0p54;
            bits = Double.doubleToRawLongBits(d);
            exp = getExponent(d);
            scaleFactor -= 54;
        }
        int newExp = exp + scaleFactor;
        long sign = bits & 0x8000000000000000L;
        if (newExp > Double.MAX_EXPONENT) {
            return Double.longBitsToDouble(sign | 0x7FF0000000000000L);
        }
        long fraction = bits & 0x000FFFFFFFFFFFFFL;
        if (newExp >= Double.MIN_EXPONENT) {
            return Double.longBitsToDouble(sign | ((long) (newExp + 1023) << 52) | fraction);
        }
        if (newExp < -1080) {
            return Double.longBitsToDouble(sign);
        }
        double t = Double.longBitsToDouble(sign | ((long) (newExp + 600 + 1023) << 52) | fraction);
        return t * 0x1.0p-600;
    }

    public static float scalb(float f, int scaleFactor) {
        if (scaleFactor > 400) {
            scaleFactor = 400;
        } else if (scaleFactor < -400) {
            scaleFactor = -400;
        }
        // exact in double, then one rounding to float
        return (float) scalb((double) f, scaleFactor);
    }

    /** a * b + c with a single rounding. */
    public static double fma(double a, double b, double c) {
        if (a != a || b != b || c != c) {
            return Double.NaN;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b) || Double.isInfinite(c) || a == 0.0 || b == 0.0) {
            return a * b + c;
        }
        java.math.BigDecimal product = new java.math.BigDecimal(a).multiply(new java.math.BigDecimal(b));
        if (c == 0.0) {
            double p = product.doubleValue();
            return p == 0.0 ? copySign(0.0, a * b) + c : p;
        }
        java.math.BigDecimal sum = product.add(new java.math.BigDecimal(c));
        if (sum.signum() == 0) {
            return 0.0;
        }
        return sum.doubleValue();
    }

    public static float fma(float a, float b, float c) {
        if (a != a || b != b || c != c) {
            return Float.NaN;
        }
        if (Float.isInfinite(a) || Float.isInfinite(b) || Float.isInfinite(c) || a == 0.0f || b == 0.0f) {
            return a * b + c;
        }
        // the product of two floats is exact in a double
        double product = (double) a * (double) b;
        if (c == 0.0f) {
            return (float) product;
        }
        java.math.BigDecimal sum = new java.math.BigDecimal(product).add(new java.math.BigDecimal((double) c));
        if (sum.signum() == 0) {
            return 0.0f;
        }
        return sum.floatValue();
    }

}
