public class BitsConversions {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 0.1, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 3.141592653589793, 1e100};
        for (double d : ds) {
            long bits = Double.doubleToLongBits(d);
            System.out.println(d + " -> " + Long.toHexString(bits)
                + " back " + Double.longBitsToDouble(bits));
        }
        float[] fs = {0.0f, -0.0f, 1.0f, -1.0f, 0.1f, Float.MAX_VALUE, Float.MIN_VALUE, Float.POSITIVE_INFINITY, Float.NaN, 1.5f};
        for (float f : fs) {
            int bits = Float.floatToIntBits(f);
            System.out.println(f + " -> " + Integer.toHexString(bits) + " back " + Float.intBitsToFloat(bits));
        }
        // building doubles from bits
        System.out.println(Double.longBitsToDouble(0x3FF8000000000000L));
        System.out.println(Double.longBitsToDouble(0x4000000000000000L));
        System.out.println(Double.longBitsToDouble(0x0000000000000001L));
        System.out.println(Double.longBitsToDouble(0x000FFFFFFFFFFFFFL));
        System.out.println(Double.longBitsToDouble(0x7FEFFFFFFFFFFFFFL));
        System.out.println(Double.longBitsToDouble(0x7FF0000000000000L));
        System.out.println(Double.longBitsToDouble(0xFFF0000000000000L));
        System.out.println(Double.longBitsToDouble(0x7FF8000000000000L));
        System.out.println(Double.longBitsToDouble(0x8000000000000000L));
        System.out.println(Double.longBitsToDouble(0x3FB999999999999AL));
        System.out.println(Float.intBitsToFloat(0x3F800000));
        System.out.println(Float.intBitsToFloat(0x00000001));
        System.out.println(Float.intBitsToFloat(0x7F7FFFFF));
        System.out.println(Float.intBitsToFloat(0xFF800000));
        System.out.println(Float.intBitsToFloat(0x3DCCCCCD));
        // non-canonical NaN collapses in doubleToLongBits
        double oddNan = Double.longBitsToDouble(0x7FF0000000000123L);
        System.out.println(Double.isNaN(oddNan) + " " + Long.toHexString(Double.doubleToLongBits(oddNan)));
        float oddFNan = Float.intBitsToFloat(0x7F800123);
        System.out.println(Float.isNaN(oddFNan) + " " + Integer.toHexString(Float.floatToIntBits(oddFNan)));
        // exponent extraction
        double[] es = {1.0, 2.0, 1024.0, 0.75, 1e-300, 6.0e23};
        for (double d : es) {
            long bits = Double.doubleToLongBits(d);
            int exp = (int) ((bits >>> 52) & 0x7FF) - 1023;
            long mant = bits & 0xFFFFFFFFFFFFFL;
            System.out.println(d + ": exp=" + exp + " mantissa=" + Long.toHexString(mant));
        }
        System.out.println(Double.hashCode(1.0) + " " + Double.hashCode(-0.0) + " " + Double.hashCode(0.0) + " " + Double.hashCode(Double.NaN));
        System.out.println(Float.hashCode(1.0f) + " " + Float.hashCode(-0.0f) + " " + Float.hashCode(Float.NaN));
        System.out.println(Double.valueOf(0.1).hashCode() + " " + Float.valueOf(0.1f).hashCode());
    }
}
