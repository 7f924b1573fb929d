public class NaNComparisons {
    static void cmp(String label, double a, double b) {
        System.out.println(label + ": < " + (a < b) + ", <= " + (a <= b) + ", > " + (a > b)
            + ", >= " + (a >= b) + ", == " + (a == b) + ", != " + (a != b)
            + ", compare " + Double.compare(a, b) + ", equals " + Double.valueOf(a).equals(Double.valueOf(b)));
    }

    static void fcmp(String label, float a, float b) {
        System.out.println(label + ": < " + (a < b) + ", > " + (a > b) + ", == " + (a == b)
            + ", compare " + Float.compare(a, b));
    }

    public static void main(String[] args) {
        double nan = Double.NaN;
        double zero = 0.0;
        double negZero = -0.0;
        cmp("NaN vs NaN", nan, nan);
        cmp("NaN vs 1", nan, 1.0);
        cmp("1 vs NaN", 1.0, nan);
        cmp("0.0 vs -0.0", zero, negZero);
        cmp("-0.0 vs 0.0", negZero, zero);
        cmp("1 vs 2", 1.0, 2.0);
        cmp("Inf vs NaN", Double.POSITIVE_INFINITY, nan);
        cmp("-Inf vs Inf", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        fcmp("fNaN vs fNaN", Float.NaN, Float.NaN);
        fcmp("f0 vs f-0", 0.0f, -0.0f);
        fcmp("f-0 vs f0", -0.0f, 0.0f);
        fcmp("fNaN vs 0", Float.NaN, 0f);
        System.out.println("isNaN(NaN) = " + Double.isNaN(nan));
        System.out.println("isNaN(0/0) = " + Double.isNaN(zero / zero));
        System.out.println("NaN != NaN: " + (nan != nan));
        System.out.println("Float.isNaN = " + Float.isNaN(0f / 0f));
        System.out.println("isInfinite(1/0) = " + Double.isInfinite(1 / zero));
        System.out.println("isFinite(MAX) = " + Double.isFinite(Double.MAX_VALUE));
        // -0.0 details
        System.out.println("-0.0 == 0.0: " + (negZero == zero));
        System.out.println("1/-0.0 = " + (1 / negZero));
        System.out.println("1/0.0 = " + (1 / zero));
        System.out.println("-0.0 + 0.0 = " + (negZero + zero));
        System.out.println("-0.0 - 0.0 = " + (negZero - zero));
        System.out.println("-0.0 * -1 = " + (negZero * -1));
        System.out.println("0.0 * -1 = " + (zero * -1));
        System.out.println("Math.min(0.0, -0.0) = " + Math.min(zero, negZero));
        System.out.println("Math.max(0.0, -0.0) = " + Math.max(zero, negZero));
        System.out.println("Math.min(NaN, 1) = " + Math.min(nan, 1.0));
        System.out.println("Math.max(1, NaN) = " + Math.max(1.0, nan));
        System.out.println("Math.abs(-0.0) = " + Math.abs(negZero));
        System.out.println("Double.valueOf(0.0).equals(-0.0) = " + Double.valueOf(0.0).equals(-0.0));
        System.out.println("Double.valueOf(NaN).equals(NaN) = " + Double.valueOf(nan).equals(nan));
        // NaN in branching (dcmpl vs dcmpg)
        int countLess = 0, countGreater = 0, countNeither = 0;
        double[] vals = {1.0, nan, -1.0, nan, 0.0};
        for (double v : vals) {
            if (v < 0.5) countLess++;
            else if (v > 0.5) countGreater++;
            else countNeither++;
        }
        System.out.println("less=" + countLess + " greater=" + countGreater + " neither=" + countNeither);
        countLess = 0;
        for (double v : vals) {
            if (!(v >= 0.5)) countLess++;
        }
        System.out.println("not >= 0.5: " + countLess);
        float fn = Float.NaN;
        int fl = 0;
        if (fn < 1f) fl |= 1;
        if (fn > 1f) fl |= 2;
        if (fn <= 1f) fl |= 4;
        if (fn >= 1f) fl |= 8;
        if (fn == fn) fl |= 16;
        if (fn != fn) fl |= 32;
        System.out.println("float NaN flags = " + fl);
        // NaN propagation
        System.out.println("NaN + 1 = " + (nan + 1));
        System.out.println("NaN * 0 = " + (nan * 0));
        System.out.println("Inf - Inf = " + (Double.POSITIVE_INFINITY - Double.POSITIVE_INFINITY));
        System.out.println("Inf * 0 = " + (Double.POSITIVE_INFINITY * 0));
        System.out.println("sqrt(-4) = " + Math.sqrt(-4));
        // ternary max with NaN
        double m = nan > 3.0 ? nan : 3.0;
        System.out.println("ternary max = " + m);
        // sort of doubles with NaN and -0.0 using Arrays.sort
        double[] arr = {3.0, nan, -0.0, 0.0, -1.0, Double.NEGATIVE_INFINITY, nan, 0.0, -0.0};
        java.util.Arrays.sort(arr);
        System.out.println(java.util.Arrays.toString(arr));
        float[] farr = {Float.NaN, 2f, -0f, 0f, -2f};
        java.util.Arrays.sort(farr);
        System.out.println(java.util.Arrays.toString(farr));
    }
}
