// Checks sqrt, cbrt, pow (including the special cases of the specification),
// hypot, exp/log/log10/log1p/expm1, sin/cos/tan/asin/acos/atan/atan2 and
// sinh/cosh/tanh on simple arguments and special values.
// StrictMath results are fully specified (fdlibm) and printed exactly.
// Math results may differ from StrictMath in the last place (HotSpot uses
// intrinsics; both are only required to be within 1 ulp of the exact
// result), so for Math the program prints "ok" when the result is within
// 2 ulps of StrictMath, and requires an exact match (same NaN/infinity/
// signed zero) when the StrictMath result is a special value. Math.sqrt is
// correctly rounded and is printed exactly.
public class MathTranscendental {
    static String m(double math, double strict) {
        if (Double.compare(math, strict) == 0) return "ok";
        boolean special = Double.isNaN(strict) || Double.isInfinite(strict) || strict == 0.0;
        if (!special && !Double.isNaN(math) && Math.abs(math - strict) <= 2 * Math.ulp(strict)) return "ok";
        return "MISMATCH(" + math + ")";
    }

    public static void main(String[] args) {
        double[] sq = {0.0, -0.0, 1.0, 2.0, 4.0, 9.0, 0.25, 1e-300, 1e300, -1.0, Double.NaN, Double.POSITIVE_INFINITY, 2.0e-323};
        for (double x : sq) {
            System.out.println("x=" + x + " sqrt " + Math.sqrt(x) + " strict " + StrictMath.sqrt(x)
                + " cbrt " + StrictMath.cbrt(x) + " " + m(Math.cbrt(x), StrictMath.cbrt(x)));
        }
        System.out.println("cbrt -27 " + StrictMath.cbrt(-27.0) + " cbrt 1000 " + StrictMath.cbrt(1000.0)
            + " cbrt -inf " + StrictMath.cbrt(Double.NEGATIVE_INFINITY) + " " + m(Math.cbrt(-27.0), -3.0));
        double[][] pw = {
            {2, 10}, {2, -1}, {2, 0.5}, {10, 15}, {10, -3}, {-2, 3}, {-2, 2}, {-2, 0.5}, {0, 0}, {Double.NaN, 0}, {1, Double.NaN},
            {Double.NaN, 1}, {0, -1}, {-0.0, -1}, {-0.0, -2}, {-0.0, 3}, {0.0, 3}, {Double.POSITIVE_INFINITY, -1}, {Double.NEGATIVE_INFINITY, 3},
            {Double.NEGATIVE_INFINITY, 2}, {Double.NEGATIVE_INFINITY, -3}, {0.5, Double.POSITIVE_INFINITY}, {2, Double.NEGATIVE_INFINITY},
            {-1, Double.POSITIVE_INFINITY}, {1, Double.POSITIVE_INFINITY}, {1.0000001, 1e10}, {3, 40}, {7, 0.5}, {1.5, 2}, {-8, 1.0 / 3},
            {1.1, 2}, {10, 0.5}, {2, 1023}, {2, 1024}, {2, -1074}, {2, -1075}, {-1, 1e300}, {-1, 3}
        };
        for (double[] p : pw) {
            double s = StrictMath.pow(p[0], p[1]);
            System.out.println("pow(" + p[0] + ", " + p[1] + ") = " + s + " " + m(Math.pow(p[0], p[1]), s));
        }
        double[][] hy = {{3, 4}, {5, 12}, {1e200, 1e200}, {-3, 0}, {Double.NaN, Double.POSITIVE_INFINITY}, {Double.NaN, 1}, {1, 1}, {1e-200, 1e-200}};
        for (double[] h : hy) {
            double s = StrictMath.hypot(h[0], h[1]);
            System.out.println("hypot(" + h[0] + ", " + h[1] + ") = " + s + " " + m(Math.hypot(h[0], h[1]), s));
        }
        double[] ex = {0.0, -0.0, 1.0, -1.0, 2.0, 10.0, 0.5, 1e-10, 709.0, 710.0, -745.0, -746.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (double x : ex) {
            double e = StrictMath.exp(x), em = StrictMath.expm1(x);
            System.out.println("x=" + x + " exp " + e + " " + m(Math.exp(x), e) + " expm1 " + em + " " + m(Math.expm1(x), em));
        }
        double[] lg = {1.0, Math.E, 10.0, 100.0, 1000.0, 1e-5, 2.0, 0.5, 0.0, -0.0, -1.0, -2.0, 1e-10, 1e300, Double.NaN, Double.POSITIVE_INFINITY};
        for (double x : lg) {
            double l = StrictMath.log(x), l10 = StrictMath.log10(x), l1p = StrictMath.log1p(x);
            System.out.println("x=" + x + " log " + l + " " + m(Math.log(x), l) + " log10 " + l10 + " " + m(Math.log10(x), l10)
                + " log1p " + l1p + " " + m(Math.log1p(x), l1p));
        }
        double[] tr = {0.0, -0.0, Math.PI / 6, Math.PI / 4, Math.PI / 2, Math.PI, 1.0, -1.0, 0.5, 100.0, 1e-9, Double.NaN, Double.POSITIVE_INFINITY};
        for (double x : tr) {
            double s = StrictMath.sin(x), c = StrictMath.cos(x), t = StrictMath.tan(x);
            System.out.println("x=" + x + " sin " + s + " " + m(Math.sin(x), s) + " cos " + c + " " + m(Math.cos(x), c)
                + " tan " + t + " " + m(Math.tan(x), t));
        }
        double[] inv = {0.0, -0.0, 0.5, 1.0, -1.0, 2.0, Double.NaN, 50.0, Double.NEGATIVE_INFINITY};
        for (double x : inv) {
            double as = StrictMath.asin(x), ac = StrictMath.acos(x), at = StrictMath.atan(x);
            double sh = StrictMath.sinh(x), ch = StrictMath.cosh(x), th = StrictMath.tanh(x);
            System.out.println("x=" + x + " asin " + as + " " + m(Math.asin(x), as) + " acos " + ac + " " + m(Math.acos(x), ac)
                + " atan " + at + " " + m(Math.atan(x), at) + " sinh " + sh + " " + m(Math.sinh(x), sh)
                + " cosh " + ch + " " + m(Math.cosh(x), ch) + " tanh " + th + " " + m(Math.tanh(x), th));
        }
        double[][] at = {{1, 1}, {1, -1}, {-1, -1}, {-1, 1}, {0, 1}, {0, -1}, {-0.0, -1}, {0.0, 0.0}, {-0.0, 0.0}, {0.0, -0.0}, {-0.0, -0.0},
            {1, 0}, {-1, 0}, {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, {1, Double.NEGATIVE_INFINITY}, {-1, Double.NEGATIVE_INFINITY},
            {3, 4}, {Double.NaN, 1}};
        for (double[] a : at) {
            double s = StrictMath.atan2(a[0], a[1]);
            System.out.println("atan2(" + a[0] + ", " + a[1] + ") = " + s + " " + m(Math.atan2(a[0], a[1]), s));
        }
        double sum = 0;
        for (int deg = 0; deg <= 360; deg += 30) {
            double r = Math.toRadians(deg);
            double s = StrictMath.sin(r), c = StrictMath.cos(r);
            sum += s * s + c * c;
            System.out.println(deg + "deg sin " + s + " cos " + c + " s2+c2 " + (s * s + c * c) + " " + m(Math.sin(r), s) + m(Math.cos(r), c));
        }
        System.out.println("sum " + sum);
    }
}
