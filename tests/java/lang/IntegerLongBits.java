// Checks Integer/Long bit utilities and unsigned arithmetic: bitCount,
// highestOneBit/lowestOneBit, numberOfLeadingZeros/TrailingZeros,
// rotateLeft/Right (with shift distances beyond the width and negative),
// reverse, reverseBytes, signum, toUnsignedString/toUnsignedLong,
// divideUnsigned/remainderUnsigned, compareUnsigned, compare, sum/min/max,
// hashCode, MIN/MAX/SIZE/BYTES, Short/Byte helpers.
public class IntegerLongBits {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 2, 7, 8, 0x80, 0xF0F0, 0x12345678, Integer.MAX_VALUE, Integer.MIN_VALUE, -8, 1 << 20, 0x55555555};
        for (int v : ints) {
            System.out.println(v + ": bitCount " + Integer.bitCount(v) + " high " + Integer.highestOneBit(v)
                + " low " + Integer.lowestOneBit(v) + " nlz " + Integer.numberOfLeadingZeros(v)
                + " ntz " + Integer.numberOfTrailingZeros(v) + " rotl4 " + Integer.toHexString(Integer.rotateLeft(v, 4))
                + " rotr4 " + Integer.toHexString(Integer.rotateRight(v, 4)) + " rev " + Integer.toHexString(Integer.reverse(v))
                + " revBytes " + Integer.toHexString(Integer.reverseBytes(v)) + " signum " + Integer.signum(v)
                + " unsigned " + Integer.toUnsignedString(v) + " asLong " + Integer.toUnsignedLong(v)
                + " hash " + Integer.hashCode(v));
        }
        System.out.println("rotate distances " + Integer.toHexString(Integer.rotateLeft(0x12345678, 36))
            + " " + Integer.toHexString(Integer.rotateLeft(0x12345678, -4)) + " " + Integer.toHexString(Integer.rotateRight(0x12345678, 32))
            + " " + Integer.toHexString(Integer.rotateRight(0x12345678, -8)));
        long[] longs = {0L, 1L, -1L, 0xFFL, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, 0x0123456789ABCDEFL, -1000L};
        for (long v : longs) {
            System.out.println(v + ": bitCount " + Long.bitCount(v) + " high " + Long.highestOneBit(v) + " low " + Long.lowestOneBit(v)
                + " nlz " + Long.numberOfLeadingZeros(v) + " ntz " + Long.numberOfTrailingZeros(v)
                + " rotl8 " + Long.toHexString(Long.rotateLeft(v, 8)) + " rotr8 " + Long.toHexString(Long.rotateRight(v, 8))
                + " rev " + Long.toHexString(Long.reverse(v)) + " revBytes " + Long.toHexString(Long.reverseBytes(v))
                + " signum " + Long.signum(v) + " unsigned " + Long.toUnsignedString(v) + " hash " + Long.hashCode(v)
                + " boxedHash " + Long.valueOf(v).hashCode());
        }
        System.out.println("toString radix " + Integer.toString(-255, 16) + " " + Integer.toString(255, 2) + " " + Integer.toString(35, 36)
            + " " + Integer.toString(100, 1) + " " + Integer.toString(100, 37) + " " + Long.toString(-1L, 36) + " " + Long.toString(Long.MIN_VALUE, 2));
        System.out.println("negative strings " + Integer.toBinaryString(-5) + " " + Integer.toHexString(-5) + " " + Integer.toOctalString(-5)
            + " " + Long.toBinaryString(-5L).length() + " " + Long.toHexString(-5L) + " " + Long.toOctalString(-5L));
        System.out.println("unsigned radix " + Integer.toUnsignedString(-1, 16) + " " + Integer.toUnsignedString(-1, 2).length()
            + " " + Long.toUnsignedString(-1L, 16) + " " + Long.toUnsignedString(-1L, 36) + " " + Long.toUnsignedString(Long.MIN_VALUE));
        int[][] ud = {{-1, 3}, {-2, -1}, {7, -1}, {Integer.MIN_VALUE, 2}, {100, 7}, {-100, 7}};
        for (int[] p : ud) {
            System.out.println("unsigned " + p[0] + " / " + p[1] + " = " + Integer.divideUnsigned(p[0], p[1])
                + " rem " + Integer.remainderUnsigned(p[0], p[1]) + " cmpU " + Integer.compareUnsigned(p[0], p[1])
                + " cmp " + Integer.compare(p[0], p[1]));
        }
        long[][] lud = {{-1L, 3L}, {-1L, -2L}, {Long.MIN_VALUE, 10L}, {12345L, -1L}, {-100L, 7L}};
        for (long[] p : lud) {
            System.out.println("unsigned long " + p[0] + " / " + p[1] + " = " + Long.divideUnsigned(p[0], p[1])
                + " rem " + Long.remainderUnsigned(p[0], p[1]) + " cmpU " + Long.compareUnsigned(p[0], p[1]) + " cmp " + Long.compare(p[0], p[1]));
        }
        try {
            Integer.divideUnsigned(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned by 0: " + e.getMessage());
        }
        try {
            Long.remainderUnsigned(1L, 0L);
        } catch (ArithmeticException e) {
            System.out.println("remainderUnsigned by 0: " + e.getMessage());
        }
        System.out.println("sum/min/max " + Integer.sum(Integer.MAX_VALUE, 1) + " " + Integer.min(-3, 2) + " " + Integer.max(-3, 2)
            + " " + Long.sum(1L, 2L) + " " + Long.max(-1L, -2L));
        System.out.println("constants " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Integer.SIZE + " " + Integer.BYTES
            + " " + Long.MIN_VALUE + " " + Long.MAX_VALUE + " " + Long.SIZE + " " + Long.BYTES
            + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE);
        System.out.println("overflow " + (Integer.MAX_VALUE + 1) + " " + (Long.MIN_VALUE - 1) + " " + (-Integer.MIN_VALUE));
        System.out.println("short/byte " + Short.reverseBytes((short) 0x1234) + " " + Integer.toHexString(Short.reverseBytes((short) 0x1234))
            + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1) + " " + Byte.toUnsignedLong((byte) -128)
            + " " + Short.compare((short) 1, (short) -1) + " " + Byte.compare((byte) -128, (byte) 127)
            + " " + Short.compareUnsigned((short) -1, (short) 1) + " " + Byte.compareUnsigned((byte) -1, (byte) 1)
            + " " + Short.hashCode((short) -5) + " " + Byte.hashCode((byte) -5));
        System.out.println("compare results " + Integer.compare(5, 3) + " " + Integer.valueOf(5).compareTo(7) + " "
            + Long.valueOf(5).compareTo(5L) + " " + Integer.compareUnsigned(0, -1) + " " + Character.compare('z', 'a'));
        // Hacker's Delight style checks
        int x = 0b1011_0000;
        System.out.println("isPowerOfTwo " + (Integer.bitCount(64) == 1) + " " + (Integer.bitCount(96) == 1)
            + " log2 " + (31 - Integer.numberOfLeadingZeros(1000)) + " nextPow2 " + (Integer.highestOneBit(1000 - 1) << 1)
            + " clear lowest " + Integer.toBinaryString(x & (x - 1)) + " isolate " + Integer.toBinaryString(x & -x));
        System.out.println("parity " + (Integer.bitCount(0x7) & 1) + " " + (Long.bitCount(0xFFL) & 1)
            + " reverse twice " + (Integer.reverse(Integer.reverse(0xCAFE)) == 0xCAFE) + " " + (Long.reverseBytes(Long.reverseBytes(99L)) == 99L));
    }
}
