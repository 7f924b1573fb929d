public class BitOps {
    public static void main(String[] args) {
        int a = 0b1011_0110;
        int b = 0x5A;
        System.out.println("a & b = " + (a & b));
        System.out.println("a | b = " + (a | b));
        System.out.println("a ^ b = " + (a ^ b));
        System.out.println("~a = " + (~a));
        System.out.println("~0 = " + (~0));
        System.out.println("~-1 = " + (~-1));
        long la = 0xF0F0F0F0F0F0F0F0L;
        long lb = 0x0FF00FF00FF00FF0L;
        System.out.println("la & lb = " + Long.toHexString(la & lb));
        System.out.println("la | lb = " + Long.toHexString(la | lb));
        System.out.println("la ^ lb = " + Long.toHexString(la ^ lb));
        System.out.println("~la = " + Long.toHexString(~la));
        int[] vals = {0, 1, -1, 7, 8, 255, 1024, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678, -123456};
        for (int v : vals) {
            System.out.println(v + ": bitCount=" + Integer.bitCount(v)
                + " nlz=" + Integer.numberOfLeadingZeros(v)
                + " ntz=" + Integer.numberOfTrailingZeros(v)
                + " highest=" + Integer.highestOneBit(v)
                + " lowest=" + Integer.lowestOneBit(v)
                + " reverse=" + Integer.reverse(v)
                + " rotl3=" + Integer.rotateLeft(v, 3)
                + " rotr3=" + Integer.rotateRight(v, 3)
                + " signum=" + Integer.signum(v));
        }
        long[] lvals = {0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789ABCDEFL};
        for (long v : lvals) {
            System.out.println(v + ": bitCount=" + Long.bitCount(v)
                + " nlz=" + Long.numberOfLeadingZeros(v)
                + " ntz=" + Long.numberOfTrailingZeros(v)
                + " highest=" + Long.highestOneBit(v)
                + " reverse=" + Long.reverse(v));
        }
        // set/clear/toggle bits
        int flags = 0;
        flags |= 1 << 3;
        flags |= 1 << 5;
        flags |= 1 << 31;
        System.out.println("flags = " + flags + " " + Integer.toBinaryString(flags));
        flags &= ~(1 << 5);
        System.out.println("cleared 5 = " + Integer.toBinaryString(flags));
        flags ^= 0xF;
        System.out.println("toggled low nibble = " + Integer.toBinaryString(flags));
        System.out.println("bit 31 set: " + ((flags & (1 << 31)) != 0));
        // boolean logical operators (non short-circuit)
        boolean t = true, f = false;
        System.out.println((t & f) + " " + (t | f) + " " + (t ^ f) + " " + (t ^ t) + " " + (!t));
        boolean acc = false;
        acc |= true;
        acc &= true;
        acc ^= true;
        System.out.println("acc = " + acc);
        // popcount by hand vs builtin
        int x = 0xDEADBEEF;
        int manual = 0;
        for (int i = 0; i < 32; i++) {
            if (((x >>> i) & 1) == 1) manual++;
        }
        System.out.println("manual popcount = " + manual + ", builtin = " + Integer.bitCount(x));
        // swap via xor
        int p = 17, q = 42;
        p ^= q;
        q ^= p;
        p ^= q;
        System.out.println("swapped: " + p + " " + q);
        // byte masks
        byte by = (byte) 0xF3;
        System.out.println("by = " + by + ", by & 0xFF = " + (by & 0xFF) + ", by >> 4 = " + (by >> 4) + ", (by & 0xFF) >> 4 = " + ((by & 0xFF) >> 4));
    }
}
