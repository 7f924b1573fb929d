public class FloatToIntConversions {
    static int d2i(double d) { return (int) d; }
    static long d2l(double d) { return (long) d; }
    static int f2i(float f) { return (int) f; }
    static long f2l(float f) { return (long) f; }

    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 0.999999, -0.999999, 1.5, -1.5, 2.5, -2.5,
            123456.789, -123456.789, 2147483646.5, 2147483647.0, 2147483647.9, 2147483648.0,
            -2147483648.0, -2147483648.9, -2147483649.0, 1e10, -1e10, 1e19, -1e19, 9.223372036854775807E18,
            -9.223372036854775808E18, 1e300, -1e300, Double.MAX_VALUE, Double.MIN_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double d : ds) {
            System.out.println("d=" + d + " (int)=" + d2i(d) + " (long)=" + d2l(d)
                + " (short)=" + (short) d + " (byte)=" + (byte) d + " (char)=" + (int) (char) d);
        }
        float[] fs = {0.0f, -0.0f, 0.75f, -0.75f, 16777217f, 2.14748365E9f, -2.14748365E9f, 3e9f, -3e9f,
            9.223372E18f, 1e20f, -1e20f, Float.MAX_VALUE, Float.MIN_VALUE,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        for (float f : fs) {
            System.out.println("f=" + f + " (int)=" + f2i(f) + " (long)=" + f2l(f));
        }
        // NaN computed at runtime
        double zero = 0.0;
        double nan = zero / zero;
        System.out.println("(int) (0/0) = " + d2i(nan));
        System.out.println("(long) (0/0) = " + d2l(nan));
        System.out.println("(int) sqrt(-1) = " + d2i(Math.sqrt(-1)));
        // double <-> float
        double big = 1e40;
        System.out.println("(float) 1e40 = " + (float) big);
        System.out.println("(float) -1e40 = " + (float) -big);
        System.out.println("(float) 1e-50 = " + (float) 1e-50);
        System.out.println("(float) -1e-50 = " + (float) -1e-50);
        System.out.println("(float) 0.1 = " + (float) 0.1);
        System.out.println("(double) 0.1f = " + (double) 0.1f);
        System.out.println("(float) 3.4028235677973366E38 = " + (float) 3.4028235677973366E38);
        // long -> float/double rounding
        long[] ls = {Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L, 9007199254740992L, 16777217L,
            123456789012345678L, -1L, 1L << 53, (1L << 53) + 1, (1L << 62) + 1};
        for (long l : ls) {
            System.out.println("l=" + l + " (double)=" + (double) l + " (float)=" + (float) l);
        }
        int[] is = {Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217, 16777216, 33554435, -16777217};
        for (int i : is) {
            System.out.println("i=" + i + " (float)=" + (float) i + " (double)=" + (double) i
                + " roundtrip=" + (int) (float) i);
        }
    }
}
