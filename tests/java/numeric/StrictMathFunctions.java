// StrictMath's elementary functions are fdlibm's, bit for bit: special
// values printed, then a checksum of the exact bits over many ordinary
// arguments (angles below 1e6, where the reduction is the medium one).
public class StrictMathFunctions {
    public static void main(String[] args) {
        double[] specials = {0.0, -0.0, 0.5, 1.0, -1.0, Math.PI / 4, Math.PI / 2, -Math.PI / 2, 3 * Math.PI / 4,
            Math.PI, 2.356194490192345, 1e-9, 1e-300, 22.0, 700.0, 710.0, -711.0, 1e5, 823549.0, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        for (double x : specials) {
            System.out.println(x + ": sin " + StrictMath.sin(x) + " cos " + StrictMath.cos(x) + " tan "
                + StrictMath.tan(x) + " sinh " + StrictMath.sinh(x) + " cosh " + StrictMath.cosh(x) + " exp "
                + StrictMath.exp(x) + " log " + StrictMath.log(x) + " expm1 " + StrictMath.expm1(x));
        }
        java.util.Random random = new java.util.Random(2024);
        long[] sums = new long[7];
        String[] names = {"sin", "cos", "tan", "sinh", "cosh", "exp", "log"};
        for (int i = 0; i < 50000; i++) {
            double x = switch (i % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 2e6;
                case 1 -> (random.nextDouble() - 0.5) * 8;
                case 2 -> Math.rint(random.nextDouble() * 400000) * (Math.PI / 2) + (random.nextDouble() - 0.5) * 1e-5;
                default -> random.nextGaussian() * 30;
            };
            double[] v = {StrictMath.sin(x), StrictMath.cos(x), StrictMath.tan(x), StrictMath.sinh(x / 1000),
                StrictMath.cosh(x / 1000), StrictMath.exp(x / 1000), StrictMath.log(Math.abs(x))};
            for (int k = 0; k < v.length; k++) {
                sums[k] = sums[k] * 31 + Double.doubleToLongBits(v[k]);
            }
        }
        for (int k = 0; k < sums.length; k++) {
            System.out.println(names[k] + " checksum " + Long.toHexString(sums[k]));
        }
    }
}
