public class FormatFloats {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -1.0, 3.14159265358979, -2.71828, 0.5, 1.5, 2.5, 0.125, 0.375, 1234567.891,
            -9876543.21, 1e-7, 123e10, 0.1 + 0.2, 100.0 / 3};
        for (double v : vals) {
            System.out.println(String.format("[%f] [%.2f] [%.0f] [%10.3f] [%-10.1f] [%+.2f] [%010.2f] [%,.2f] [%(.1f] [% .3f]",
                v, v, v, v, v, v, v, v, v, v));
        }
        for (double v : vals) {
            System.out.println(String.format("[%e] [%.2e] [%E] [%12.4e] [%-12.1E] [%+.0e]", v, v, v, v, v, v));
        }
        // rounding is half-up on the decimal representation
        double[] halves = {0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.05, 0.15, 0.25, 0.35, 0.45, 2.675, 1.005, 1.115, 0.125, 0.0625};
        StringBuilder sb = new StringBuilder();
        for (double h : halves) sb.append(String.format("%.0f/%.1f/%.2f ", h, h, h));
        System.out.println(sb.toString().trim());
        // special values
        System.out.println(String.format("%f %f %f", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        System.out.println(String.format("%e %.2e", Double.NaN, Double.POSITIVE_INFINITY));
        System.out.println(String.format("[%8f] [%-8f] [%+f]", Double.NaN, Double.NaN, Double.POSITIVE_INFINITY));
        System.out.println(String.format("%.3f %.3f", Double.MAX_VALUE / 1e300, Double.MIN_VALUE));
        System.out.println(String.format("%e %e", Double.MAX_VALUE, Double.MIN_VALUE));
        System.out.println(String.format("%.10f", 1.0 / 3));
        System.out.println(String.format("%.15f", 0.1));
        System.out.println(String.format("%.20f", 0.1));
        System.out.println(String.format("%.3f", 1e20));
        System.out.println(String.format("%,.3f", 1e20));
        // floats
        float f = 1.1f;
        System.out.println(String.format("%f %.2f %e %.10f", f, f, f, f));
        System.out.println(String.format("%.2f %.2f", 0.1f, 16777217f));
        // boxed
        Double bd = 2.0 / 3;
        Float bf = 2f / 3;
        System.out.println(String.format("%.4f %.4f %s %s", bd, bf, bd, bf));
        // percentages and money
        double[] rates = {0.05, 0.125, 0.3333, 1.0};
        for (double r : rates) System.out.println(String.format("rate %6.2f%% | $%,10.2f", r * 100, r * 1234567.5));
    }
}
