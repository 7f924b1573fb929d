// Checks Math abs/min/max on every primitive type including NaN, -0.0 and
// MIN_VALUE, floorDiv/floorMod with negative operands, the *Exact methods and
// their ArithmeticException messages, round/rint/ceil/floor (halves, negative
// halves, large values, NaN), signum, copySign, ulp, nextUp/nextDown/nextAfter,
// getExponent/scalb and multiplyHigh. Doubles are printed with println.
public class MathBasics {
    interface Op {
        Object run();
    }

    static void exact(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (ArithmeticException e) {
            System.out.println(label + " -> ArithmeticException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("abs int " + Math.abs(-5) + " " + Math.abs(5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-Integer.MAX_VALUE));
        System.out.println("abs long " + Math.abs(-5L) + " " + Math.abs(Long.MIN_VALUE));
        System.out.println("abs float " + Math.abs(-2.5f) + " " + Math.abs(-0.0f) + " " + Math.abs(Float.NEGATIVE_INFINITY) + " " + Math.abs(Float.NaN));
        System.out.println("abs double " + Math.abs(-2.5) + " " + Math.abs(-0.0) + " " + Math.abs(0.0) + " " + Math.abs(-Double.MIN_VALUE) + " " + Math.abs(Double.NaN));
        System.out.println("min/max int " + Math.min(3, -7) + " " + Math.max(3, -7) + " " + Math.min(Integer.MIN_VALUE, Integer.MAX_VALUE));
        System.out.println("min/max long " + Math.min(3L, -7L) + " " + Math.max(Long.MAX_VALUE, 0L));
        System.out.println("min/max float " + Math.min(1.5f, Float.NaN) + " " + Math.max(-0.0f, 0.0f) + " " + Math.min(-0.0f, 0.0f) + " " + Math.min(0.0f, -0.0f));
        System.out.println("min/max double " + Math.min(-0.0, 0.0) + " " + Math.min(0.0, -0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.max(0.0, -0.0)
            + " " + Math.max(Double.NaN, 1.0) + " " + Math.min(1.0, Double.NaN) + " " + Math.max(Double.NEGATIVE_INFINITY, -1e308));

        int[][] divs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3}, {0, -3}, {Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 3}};
        for (int[] d : divs) {
            System.out.println(d[0] + "," + d[1] + ": / " + (d[0] / d[1]) + " % " + (d[0] % d[1])
                + " floorDiv " + Math.floorDiv(d[0], d[1]) + " floorMod " + Math.floorMod(d[0], d[1])
                + " long " + Math.floorDiv((long) d[0], (long) d[1]) + " " + Math.floorMod((long) d[0], (long) d[1])
                + " mixed " + Math.floorMod((long) d[0], d[1]));
        }
        System.out.println("floorDiv MIN/-1 long " + Math.floorDiv(Long.MIN_VALUE, -1L) + " floorMod(-1, 5) day-of-week " + Math.floorMod(-1, 7));
        exact("floorDiv(1,0)", () -> Math.floorDiv(1, 0));
        exact("floorMod(1,0)", () -> Math.floorMod(1, 0));

        exact("addExact(MAX,1)", () -> Math.addExact(Integer.MAX_VALUE, 1));
        exact("addExact(1,2)", () -> Math.addExact(1, 2));
        exact("addExact long", () -> Math.addExact(Long.MAX_VALUE, 1L));
        exact("subtractExact(MIN,1)", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
        exact("subtractExact long", () -> Math.subtractExact(Long.MIN_VALUE, 1L));
        exact("multiplyExact(65536,65536)", () -> Math.multiplyExact(65536, 65536));
        exact("multiplyExact(46341,46340)", () -> Math.multiplyExact(46341, 46340));
        exact("multiplyExact long", () -> Math.multiplyExact(1L << 32, 1L << 31));
        exact("multiplyExact(long,int)", () -> Math.multiplyExact(Long.MAX_VALUE, 2));
        exact("multiplyExact(-1,MIN)", () -> Math.multiplyExact(-1, Integer.MIN_VALUE));
        exact("incrementExact(MAX)", () -> Math.incrementExact(Integer.MAX_VALUE));
        exact("decrementExact(MIN long)", () -> Math.decrementExact(Long.MIN_VALUE));
        exact("negateExact(MIN)", () -> Math.negateExact(Integer.MIN_VALUE));
        exact("negateExact(5)", () -> Math.negateExact(5));
        exact("negateExact long", () -> Math.negateExact(Long.MIN_VALUE));
        exact("toIntExact(2^31)", () -> Math.toIntExact(1L << 31));
        exact("toIntExact(-2^31)", () -> Math.toIntExact(-(1L << 31)));
        exact("multiplyHigh", () -> Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE) + " " + Math.multiplyHigh(-1L, 1L)
            + " " + Math.multiplyHigh(1L << 40, 1L << 40));

        double[] rs = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 2.4, -2.6, 1e16 + 1,
            4503599627370497.0, -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e20, -1e20, 3.7, -3.2};
        for (double r : rs) {
            System.out.println("x=" + r + " round " + Math.round(r) + " roundf " + Math.round((float) r) + " rint " + Math.rint(r)
                + " ceil " + Math.ceil(r) + " floor " + Math.floor(r) + " signum " + Math.signum(r));
        }
        System.out.println("signum float " + Math.signum(-3.0f) + " " + Math.signum(0.0f) + " " + Math.signum(-0.0f) + " " + Math.signum(Float.NaN));
        System.out.println("copySign " + Math.copySign(3.0, -0.0) + " " + Math.copySign(-3.0, 0.0) + " " + Math.copySign(2.0f, -1.0f)
            + " " + Math.copySign(Double.NaN, -1.0) + " " + Math.copySign(1.0, Double.NaN) + " " + StrictMath.copySign(1.0, -Double.NaN));
        System.out.println("ulp " + Math.ulp(1.0) + " " + Math.ulp(1.0f) + " " + Math.ulp(0.0) + " " + Math.ulp(1e300) + " " + Math.ulp(Double.MAX_VALUE)
            + " " + Math.ulp(Double.POSITIVE_INFINITY) + " " + Math.ulp(Double.NaN) + " " + Math.ulp(-2.0));
        System.out.println("nextUp " + Math.nextUp(1.0) + " " + Math.nextUp(0.0) + " " + Math.nextUp(-0.0) + " " + Math.nextUp(1.0f)
            + " " + Math.nextUp(Double.MAX_VALUE) + " " + Math.nextUp(Double.NEGATIVE_INFINITY));
        System.out.println("nextDown " + Math.nextDown(1.0) + " " + Math.nextDown(0.0) + " " + Math.nextDown(1.0f)
            + " nextAfter " + Math.nextAfter(1.0, 0.0) + " " + Math.nextAfter(0.0, -1.0) + " " + Math.nextAfter(1.0f, 2.0) + " " + Math.nextAfter(5.0, 5.0));
        System.out.println("getExponent " + Math.getExponent(1.0) + " " + Math.getExponent(1024.0) + " " + Math.getExponent(0.75)
            + " " + Math.getExponent(0.0) + " " + Math.getExponent(Double.MIN_VALUE) + " " + Math.getExponent(Double.MIN_NORMAL)
            + " " + Math.getExponent(Double.NaN) + " " + Math.getExponent(Double.POSITIVE_INFINITY) + " " + Math.getExponent(3.0f)
            + " " + Math.getExponent(Float.MIN_VALUE));
        System.out.println("scalb " + Math.scalb(1.0, 10) + " " + Math.scalb(3.0, -2) + " " + Math.scalb(1.0, -1074) + " " + Math.scalb(1.0, -1075)
            + " " + Math.scalb(1.0, 1024) + " " + Math.scalb(1.5f, 3) + " " + Math.scalb(-0.0, 5) + " " + Math.scalb(Double.MIN_VALUE, 1074));
        System.out.println("fma " + Math.fma(2.0, 3.0, 4.0) + " " + Math.fma(0.1, 10.0, -1.0) + " " + (0.1 * 10.0 - 1.0)
            + " " + Math.fma(1.5f, 2.0f, 0.25f) + " " + Math.fma(Double.MAX_VALUE, 2.0, -Double.MAX_VALUE)
            + " " + Math.fma(Double.NaN, 0.0, 1.0) + " " + Math.fma(Double.POSITIVE_INFINITY, 0.0, 1.0));
        System.out.println("abs/min/max via StrictMath " + StrictMath.abs(-7) + " " + StrictMath.max(-0.0, 0.0) + " " + StrictMath.min(2L, 1L)
            + " " + StrictMath.floorMod(-7, 3) + " " + StrictMath.round(-2.5) + " " + StrictMath.rint(-2.5) + " " + StrictMath.ceil(-0.5));
        System.out.println("PI " + Math.PI + " E " + Math.E + " toRadians " + Math.toRadians(180.0) + " toDegrees " + Math.toDegrees(Math.PI)
            + " " + Math.toDegrees(1.0));
    }
}
