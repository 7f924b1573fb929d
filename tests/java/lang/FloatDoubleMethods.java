// Checks Float/Double library methods: raw vs canonical NaN bits
// (floatToRawIntBits keeps payloads, floatToIntBits collapses them),
// isNaN/isInfinite/isFinite, compare/equals/hashCode with -0.0 and NaN,
// sorting order, MIN_VALUE/MAX_VALUE/MIN_NORMAL/exponent constants,
// toHexString, parseDouble/parseFloat/valueOf of decimal, hex, signed,
// whitespace-padded, suffixed and special forms with NumberFormatException
// messages, and Double.toString of tricky values.
import java.util.Arrays;

public class FloatDoubleMethods {
    static void parse(String s) {
        try {
            double d = Double.parseDouble(s);
            float f = Float.parseFloat(s);
            System.out.println("parse [" + s + "] = " + d + " float " + f);
        } catch (NumberFormatException e) {
            System.out.println("parse [" + s + "] -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        float weird = Float.intBitsToFloat(0x7fc00001);
        float sigNaN = Float.intBitsToFloat(0xff800123);
        System.out.println("float NaN payload isNaN " + Float.isNaN(weird) + " raw " + Integer.toHexString(Float.floatToRawIntBits(weird))
            + " canonical " + Integer.toHexString(Float.floatToIntBits(weird)) + " neg raw " + Integer.toHexString(Float.floatToRawIntBits(sigNaN))
            + " canonical " + Integer.toHexString(Float.floatToIntBits(sigNaN)) + " toString " + sigNaN);
        double dn = Double.longBitsToDouble(0x7ff8000000000abcL);
        System.out.println("double NaN payload raw " + Long.toHexString(Double.doubleToRawLongBits(dn))
            + " canonical " + Long.toHexString(Double.doubleToLongBits(dn)) + " equals NaN " + Double.valueOf(dn).equals(Double.NaN)
            + " == " + (dn == Double.NaN) + " hash " + Double.valueOf(dn).hashCode() + " " + Double.hashCode(Double.NaN));
        System.out.println("bits " + Integer.toHexString(Float.floatToIntBits(-0.0f)) + " " + Integer.toHexString(Float.floatToIntBits(1.0f))
            + " " + Integer.toHexString(Float.floatToIntBits(Float.MIN_VALUE)) + " " + Long.toHexString(Double.doubleToLongBits(-2.5))
            + " " + Float.intBitsToFloat(0x40490fdb) + " " + Double.longBitsToDouble(0x400921fb54442d18L));

        double[] ds = {0.0, -0.0, 1.5, -1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE};
        for (double d : ds) {
            System.out.println(d + ": isNaN " + Double.isNaN(d) + " isInfinite " + Double.isInfinite(d) + " isFinite " + Double.isFinite(d)
                + " hash " + Double.hashCode(d) + " float " + (float) d + " floatHash " + Float.hashCode((float) d)
                + " hex " + Double.toHexString(d) + " fhex " + Float.toHexString((float) d));
        }
        System.out.println("compare -0.0,0.0 " + Double.compare(-0.0, 0.0) + " 0.0==-0.0 " + (0.0 == -0.0)
            + " equals " + Double.valueOf(0.0).equals(-0.0) + " NaN,Inf " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY)
            + " NaN,NaN " + Double.compare(Double.NaN, Double.NaN) + " float " + Float.compare(-0.0f, 0.0f)
            + " " + Float.compare(Float.NaN, 1f) + " boxed " + Double.valueOf(Double.NaN).compareTo(1.0));
        Double[] boxed = {3.0, Double.NaN, -0.0, Double.NEGATIVE_INFINITY, 0.0, -1.0, Double.POSITIVE_INFINITY, Double.MIN_VALUE};
        Arrays.sort(boxed);
        System.out.println("sorted boxed " + Arrays.toString(boxed));
        double[] prim = {3.0, Double.NaN, -0.0, Double.NEGATIVE_INFINITY, 0.0, -1.0, Double.POSITIVE_INFINITY, -0.0, Double.NaN};
        Arrays.sort(prim);
        System.out.println("sorted prim " + Arrays.toString(prim));
        System.out.println("sum/min/max " + Double.sum(0.1, 0.2) + " " + Double.min(-0.0, 0.0) + " " + Double.max(Double.NaN, 1)
            + " " + Float.sum(0.1f, 0.2f) + " " + Float.max(-0.0f, 0.0f));

        System.out.println("Double MIN_VALUE " + Double.MIN_VALUE + " MAX_VALUE " + Double.MAX_VALUE + " MIN_NORMAL " + Double.MIN_NORMAL
            + " MIN_EXPONENT " + Double.MIN_EXPONENT + " MAX_EXPONENT " + Double.MAX_EXPONENT + " SIZE " + Double.SIZE + " BYTES " + Double.BYTES);
        System.out.println("Float MIN_VALUE " + Float.MIN_VALUE + " MAX_VALUE " + Float.MAX_VALUE + " MIN_NORMAL " + Float.MIN_NORMAL
            + " MIN_EXPONENT " + Float.MIN_EXPONENT + " MAX_EXPONENT " + Float.MAX_EXPONENT + " SIZE " + Float.SIZE);
        System.out.println("hex " + Double.toHexString(1.0) + " " + Double.toHexString(-0.5) + " " + Double.toHexString(0.1)
            + " " + Double.toHexString(Double.MIN_NORMAL) + " " + Double.toHexString(Double.MIN_VALUE) + " " + Double.toHexString(3.0)
            + " " + Double.toHexString(1024.0) + " " + Float.toHexString(0.1f) + " " + Float.toHexString(Float.MIN_VALUE)
            + " " + Float.toHexString(Float.MAX_VALUE) + " " + Double.toHexString(Double.longBitsToDouble(0x0008000000000000L)));

        String[] inputs = {"1e10", "  3.5  ", "\t-2.25\n", "0x1p3", "0x1.8p1", "-0x.8p0", "0X10P-2", "0x1p-1074", "0x1p-1075", "Infinity",
            "-Infinity", "+Infinity", "NaN", "-NaN", "+NaN", "nan", "infinity", "1.5f", "1.5F", "2d", "2D", "1.", ".5", ".", "1e", "e5", "1e+2",
            "1E-2", "-0", "+0.0", "00012.500", "1_000.0", "1,5", "0x1p", "0x10", "1e400", "-1e400", "1e-400", "3.4028236e38",
            "1.4e-45", "0.7e-45", "123456789012345678901234567890", "0.1", "1/2", "", " ", "1 2", "\u00a01.0", "4.9e-324"};
        for (String s : inputs) parse(s);
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("parse null -> NullPointerException");
        }
        try {
            Double.valueOf("1.0.0");
        } catch (NumberFormatException e) {
            System.out.println("valueOf -> " + e.getMessage());
        }
        System.out.println("valueOf " + Double.valueOf("2.5") + " " + Float.valueOf("2.5") + " " + Double.valueOf(2.5).equals(2.5)
            + " " + Float.valueOf(0.1f).doubleValue() + " " + (double) 0.1f + " " + (float) 0.1 + " " + Double.valueOf(1e300).floatValue()
            + " " + Double.valueOf(-1e-50).floatValue() + " " + Double.valueOf(3.99).intValue() + " " + Double.valueOf(-3.99).longValue());
        double[] tricky = {0.1 + 0.2, 1e-5, 1e7, 123456789.0, 1.0E-300, 1e-3, 9999999.999, 0.001 + 0.002, 100.0 * 1.1, 1.0 / 3.0,
            2.0 / 3.0, 1e23, 8.41e21, 5e-324 * 3, 2e-7, 123456.789e3, 0.3 - 0.1, 1e16 + 2.0};
        StringBuilder sb = new StringBuilder();
        for (double t : tricky) sb.append(t).append(' ');
        System.out.println("tricky " + sb.toString().trim());
        float[] ftricky = {0.1f + 0.2f, 1e-5f, 1e7f, 123456789f, 1.0e-40f, 16777217f, 3.3f, 1.0f / 3.0f, 0.001f, 1e10f, 33554430f};
        sb.setLength(0);
        for (float t : ftricky) sb.append(t).append(' ');
        System.out.println("ftricky " + sb.toString().trim());
        System.out.println("toString " + Double.toString(100) + " " + Float.toString(1e38f) + " " + String.valueOf(-0.0f)
            + " " + Double.toString(1234567.0) + " " + Double.toString(12345678.0) + " " + Double.toString(0.00123));
    }
}
