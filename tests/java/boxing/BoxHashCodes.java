public class BoxHashCodes {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 42, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i : ints) System.out.print(Integer.valueOf(i).hashCode() + " ");
        System.out.println();
        long[] longs = {0L, 1L, -1L, 1L << 32, (1L << 32) + 1, Long.MAX_VALUE, Long.MIN_VALUE, 123456789012345L};
        for (long l : longs) System.out.print(Long.valueOf(l).hashCode() + " ");
        System.out.println();
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 1e100, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE};
        for (double d : ds) System.out.print(Double.valueOf(d).hashCode() + " ");
        System.out.println();
        float[] fs = {0f, -0f, 1f, 0.1f, Float.NaN, Float.MAX_VALUE};
        for (float f : fs) System.out.print(Float.valueOf(f).hashCode() + " ");
        System.out.println();
        System.out.println(Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Boolean.hashCode(true));
        System.out.println(Character.valueOf('A').hashCode() + " " + Character.valueOf('\uffff').hashCode());
        System.out.println(Short.valueOf((short) -1).hashCode() + " " + Byte.valueOf((byte) -1).hashCode());
        System.out.println(Integer.hashCode(99) + " " + Long.hashCode(-99L) + " " + Double.hashCode(2.5) + " " + Float.hashCode(2.5f));
        System.out.println(Integer.toString(255) + " " + Integer.valueOf(255).toString() + " " + Long.valueOf(-7).toString() + " "
            + Double.valueOf(2.0).toString() + " " + Character.valueOf('c').toString() + " " + Boolean.valueOf(true).toString());
        System.out.println(Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE
            + " " + Byte.MAX_VALUE + " " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Long.MIN_VALUE + " " + Long.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Double.MIN_VALUE + " " + Double.MAX_VALUE);
        System.out.println(Integer.SIZE + " " + Long.SIZE + " " + Character.SIZE + " " + Byte.SIZE + " " + Short.BYTES + " " + Double.BYTES);
    }
}
