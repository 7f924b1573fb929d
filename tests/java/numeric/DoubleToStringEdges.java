public class DoubleToStringEdges {
    public static void main(String[] args) {
        double[] vals = {
            0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1.0 / 3, 2.0 / 3, 10.0 / 3,
            100.0, 1000.0, 1e6, 9999999.0, 1e7, 1.0E7 + 1, 12345678.9, 123456789.0, 1e15, 1e16, 1e17,
            1e20, 1e21, 1e22, 1e23, 1e100, 1e300, 1e308, 0.001, 0.0001, 1.0E-4, 1.0E-5, 0.00001234,
            1e-10, 1e-100, 1e-300, 1e-320, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.141592653589793,
            2.718281828459045, 1.7976931348623157E308, 4.9E-324, 2.2250738585072014E-308,
            0.5, 0.25, 0.125, 0.0625, 1.5, 2.5, 1234.5678, -98765.4321, 5e-324, 1.0E-323,
            9007199254740991.0, 9007199254740992.0, 18014398509481984.0, 4.35, 2.675, 1.005,
            123e-5, 0.1 * 3, 1.1 * 1.1, 100.0 / 7, 3.0e10, 299792458.0, 6.02214076e23, 6.62607015e-34,
            1.0 - 0.9, 0.7 + 0.1, 0.8 - 0.1, 4.0 * 0.1, 1e-3 * 1e3
        };
        for (double v : vals) {
            System.out.println(v);
        }
        System.out.println("long values as double:");
        long[] ls = {Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123456789L, 999999999999999999L,
            100000000000000000L, 4611686018427387904L, 1L << 40, 123456789L, 1000000000000L};
        for (long l : ls) {
            System.out.println((double) l);
        }
        System.out.println("Double.toString / String.valueOf / concat:");
        System.out.println(Double.toString(0.1));
        System.out.println(String.valueOf(1e-5));
        System.out.println("x" + 1e21);
        System.out.println("parse round trip:");
        String[] strs = {"0.1", "1e-5", "1E21", "-0", "123.456e2", "  42.5  ", "Infinity", "-Infinity", "NaN",
            "1.7976931348623159E308", "4.9e-325", "2.4703282292062328e-324", "1d", "2.5f"};
        for (String s : strs) {
            System.out.println("\"" + s + "\" -> " + Double.parseDouble(s));
        }
        System.out.println("division table:");
        for (int i = 1; i <= 12; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 1; j <= 4; j++) {
                sb.append((double) i / (j * 7)).append(' ');
            }
            System.out.println(sb.toString().trim());
        }
    }
}
