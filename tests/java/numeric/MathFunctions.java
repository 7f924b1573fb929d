// Math's elementary functions on special values and a grid of ordinary
// arguments, printed exactly (Double.toString): NaN, infinities, signed
// zeros, subnormals, the pow special cases, the exp and log boundaries,
// huge angles (reduced exactly), exact powers.
public class MathFunctions {
    static void show(String label, double v) {
        System.out.println(label + " = " + v);
    }

    public static void main(String[] args) {
        double[] specials = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            1e-300, 1e300, 709.0, 709.78, 710.0, -708.0, -745.0, -746.0, 1e-20, 3.0, -3.0, 10.0, 100.0, 1e6, 1e7, 1e22,
            Math.PI, Math.PI / 2, -Math.PI / 4, Math.E};
        for (double x : specials) {
            show("sin(" + x + ")", Math.sin(x));
            show("cos(" + x + ")", Math.cos(x));
            show("tan(" + x + ")", Math.tan(x));
            show("exp(" + x + ")", Math.exp(x));
            show("log(" + x + ")", Math.log(x));
            show("log10(" + x + ")", Math.log10(x));
        }
        double[] bases = {0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 10.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e-310, 1e300, 7.5};
        double[] exponents = {0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 3.0, -3.0, 1.5, 34.0, 64.0, 65.0, 1e10, -1e10,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1075.0, -1075.0};
        for (double a : bases) {
            for (double b : exponents) {
                show("pow(" + a + ", " + b + ")", Math.pow(a, b));
            }
        }
        for (int i = 1; i <= 20; i++) {
            show("pow(10, " + i + ")", Math.pow(10, i));
            show("pow(10, -" + i + ")", Math.pow(10, -i));
            show("log10(1e" + i + ")", Math.log10(Double.parseDouble("1e" + i)));
        }
        double sum = 0;
        for (int i = 0; i < 2000; i++) {
            double x = i * 0.0137 - 13.0;
            sum += Math.sin(x) + Math.cos(x) + Math.exp(x / 4) + Math.log(i + 1.5) + Math.pow(1.0 + i / 1000.0, x);
            if (i % 200 == 0) {
                show("sin(" + x + ")", Math.sin(x));
                show("exp(" + x + ")", Math.exp(x));
                show("pow(1.5, " + x + ")", Math.pow(1.5, x));
            }
        }
        System.out.println("sum " + sum);
    }
}
