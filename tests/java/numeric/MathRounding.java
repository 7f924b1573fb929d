public class MathRounding {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 0.4, 0.5, 0.6, -0.4, -0.5, -0.6, 1.5, -1.5, 2.5, -2.5, 3.49999, -3.50001,
            0.49999999999999994, -0.49999999999999994, 1e15 + 0.5, 4503599627370497.0, 1e20, -1e20,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123.456, -123.456, 7.0, -7.0,
            Double.MIN_VALUE, -Double.MIN_VALUE, 2147483647.5, -2147483648.5};
        for (double v : vals) {
            System.out.println(v + ": floor=" + Math.floor(v) + " ceil=" + Math.ceil(v)
                + " round=" + Math.round(v) + " abs=" + Math.abs(v)
                + " (long)=" + (long) v);
        }
        float[] fvals = {0.5f, -0.5f, 1.5f, -1.5f, 2.5f, -2.5f, 0.49999997f, 8388609.0f, 1e10f, -1e10f, Float.NaN,
            2147483647.0f, -2147483648.0f};
        for (float v : fvals) {
            System.out.println(v + "f: round=" + Math.round(v) + " floor=" + Math.floor(v) + " ceil=" + Math.ceil(v)
                + " abs=" + Math.abs(v));
        }
        // rounding to decimals manually
        double x = 2.345678;
        System.out.println(Math.round(x * 100) / 100.0);
        System.out.println(Math.round(x * 1000) / 1000.0);
        System.out.println(Math.floor(x * 10) / 10);
        System.out.println(Math.ceil(-x * 10) / 10);
        // integer division by rounding
        for (int n = -7; n <= 7; n += 2) {
            System.out.println(n + "/2: trunc=" + (n / 2) + " floor=" + (int) Math.floor(n / 2.0)
                + " ceil=" + (int) Math.ceil(n / 2.0) + " round=" + Math.round(n / 2.0));
        }
        System.out.println(Math.signum(-3.5) + " " + Math.signum(0.0) + " " + Math.signum(2.0) + " " + Math.signum(-0.0));
        System.out.println(Math.max(-0.0f, 0.0f) + " " + Math.min(-0.0f, 0.0f));
        System.out.println(Math.abs(-7) + " " + Math.abs(-7L) + " " + Math.abs(-7.5f) + " " + Math.abs(-7.5));
        System.out.println(Math.max(1L, 2L) + " " + Math.min(1.5f, 2.5f) + " " + Math.max(-1, -2));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(10, 15) + " " + Math.pow(3, 0) + " " + Math.pow(7, 2) + " " + Math.pow(-1, 5));
        System.out.println(Math.sqrt(0.0) + " " + Math.sqrt(-0.0) + " " + Math.sqrt(1e10) + " " + Math.sqrt(2.25));
    }
}
