public class LongEdgeCases {
    public static void main(String[] args) {
        long min = Long.MIN_VALUE;
        long max = Long.MAX_VALUE;
        System.out.println(min);
        System.out.println(max);
        System.out.println(Long.toString(min));
        System.out.println(Long.toString(min, 16));
        System.out.println(Long.toString(min, 2));
        System.out.println(Long.toString(max, 36));
        System.out.println(Long.toHexString(min));
        System.out.println(Long.toOctalString(min));
        System.out.println(Long.toBinaryString(min));
        System.out.println(Long.toHexString(-1L));
        System.out.println(Long.parseLong("-9223372036854775808"));
        System.out.println(Long.parseLong("9223372036854775807"));
        try {
            System.out.println(Long.parseLong("9223372036854775808"));
        } catch (NumberFormatException e) {
            System.out.println("NFE: " + e.getMessage());
        }
        try {
            System.out.println(Long.parseLong("-9223372036854775809"));
        } catch (NumberFormatException e) {
            System.out.println("NFE: " + e.getMessage());
        }
        System.out.println(Long.parseLong("-8000000000000000", 16));
        System.out.println(Long.parseLong("7fffffffffffffff", 16));
        System.out.println(Long.valueOf(min).equals(Long.MIN_VALUE));
        System.out.println(Long.compare(min, max));
        System.out.println(Long.compare(max, min));
        System.out.println(Long.compare(5L, 5L));
        System.out.println(min - 1 == max);
        System.out.println(Long.signum(min) + " " + Long.signum(0L) + " " + Long.signum(max));
        System.out.println(Long.hashCode(min) + " " + Long.hashCode(max) + " " + Long.hashCode(-1L) + " " + Long.hashCode(1L << 32));
        System.out.println(Long.valueOf(123456789012345L).hashCode());
        // long comparisons (lcmp)
        long[] vals = {min, -1L, 0L, 1L, max, 4294967296L, -4294967296L};
        for (long a : vals) {
            StringBuilder sb = new StringBuilder();
            for (long b : vals) {
                sb.append(a < b ? '<' : (a == b ? '=' : '>'));
            }
            System.out.println(sb);
        }
        // long loop counters
        long sum = 0;
        for (long i = 4000000000L; i < 4000000010L; i++) {
            sum += i;
        }
        System.out.println("sum = " + sum);
        // mixing int and long
        int i = -1;
        long l = i;
        long masked = i & 0xFFFFFFFFL;
        System.out.println(l + " " + masked);
        long shifted = 1 << 40;
        long shiftedL = 1L << 40;
        System.out.println(shifted + " " + shiftedL);
        // long multiplication overflow detection
        long a = 3037000499L;
        System.out.println(a * a);
        System.out.println((a + 1) * (a + 1));
        System.out.println(Long.MAX_VALUE / 3037000499L);
        // large decimal constants
        long big = 1_000_000_000_000_000_000L;
        System.out.println(big);
        System.out.println(big * 9);
        System.out.println(big * 10);
        System.out.println(0x7FFF_FFFF_FFFF_FFFFL + 0x1L);
        System.out.println(0b1L << 62);
        System.out.println(077L);
        System.out.println(Long.MAX_VALUE % 1000);
        System.out.println(Long.MIN_VALUE % 1000);
        System.out.println(Long.MIN_VALUE / 1000);
        System.out.println(Long.numberOfTrailingZeros(min) + " " + Long.bitCount(max));
    }
}
