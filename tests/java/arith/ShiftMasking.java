public class ShiftMasking {
    static int shl(int v, int s) { return v << s; }
    static int shr(int v, int s) { return v >> s; }
    static int ushr(int v, int s) { return v >>> s; }
    static long lshl(long v, int s) { return v << s; }
    static long lshr(long v, int s) { return v >> s; }
    static long lushr(long v, int s) { return v >>> s; }

    public static void main(String[] args) {
        System.out.println("1 << 31 = " + shl(1, 31));
        System.out.println("1 << 32 = " + shl(1, 32));
        System.out.println("1 << 33 = " + shl(1, 33));
        System.out.println("1 << -1 = " + shl(1, -1));
        System.out.println("1 << 63 (int) = " + shl(1, 63));
        System.out.println("-1 >> 31 = " + shr(-1, 31));
        System.out.println("-1 >>> 31 = " + ushr(-1, 31));
        System.out.println("-1 >>> 32 = " + ushr(-1, 32));
        System.out.println("-1 >>> 28 = " + ushr(-1, 28));
        System.out.println("-16 >> 2 = " + shr(-16, 2));
        System.out.println("-16 >>> 2 = " + ushr(-16, 2));
        System.out.println("-17 >> 2 = " + shr(-17, 2));
        System.out.println("MIN >> 31 = " + shr(Integer.MIN_VALUE, 31));
        System.out.println("MIN >>> 31 = " + ushr(Integer.MIN_VALUE, 31));
        System.out.println("0x12345678 << 4 = " + Integer.toHexString(shl(0x12345678, 4)));
        System.out.println("0x12345678 >>> 36 = " + Integer.toHexString(ushr(0x12345678, 36)));
        System.out.println("1L << 63 = " + lshl(1L, 63));
        System.out.println("1L << 64 = " + lshl(1L, 64));
        System.out.println("1L << 65 = " + lshl(1L, 65));
        System.out.println("1L << 32 = " + lshl(1L, 32));
        System.out.println("-1L >>> 1 = " + lushr(-1L, 1));
        System.out.println("-1L >>> 65 = " + lushr(-1L, 65));
        System.out.println("-1L >> 65 = " + lshr(-1L, 65));
        System.out.println("-1L >>> 63 = " + lushr(-1L, 63));
        System.out.println("-1L >>> 64 = " + lushr(-1L, 64));
        System.out.println("LMIN >> 63 = " + lshr(Long.MIN_VALUE, 63));
        System.out.println("0xFF00FF00FF00FF00L >>> 8 = " + Long.toHexString(lushr(0xFF00FF00FF00FF00L, 8)));
        System.out.println("0xFF00FF00FF00FF00L >> 8 = " + Long.toHexString(lshr(0xFF00FF00FF00FF00L, 8)));
        // shift amount from a long variable
        long amount = 66;
        int iv = 5;
        iv <<= amount;
        System.out.println("5 <<= 66L -> " + iv);
        // byte/short/char shifts are promoted
        byte b = -128;
        System.out.println("(byte)-128 >>> 4 = " + (b >>> 4));
        System.out.println("(byte)((byte)-128 >>> 4) = " + (byte) (b >>> 4));
        b >>>= 4;
        System.out.println("b >>>= 4 -> " + b);
        short s = -1;
        s >>>= 10;
        System.out.println("short -1 >>>= 10 -> " + s);
        char c = '\uffff';
        c >>>= 4;
        System.out.println("char 0xffff >>>= 4 -> " + (int) c);
        for (int k = 0; k < 70; k += 7) {
            System.out.println("k=" + k + " 0x5<<k=" + shl(5, k) + " 5L<<k=" + lshl(5L, k) + " -100>>k=" + shr(-100, k) + " -100>>>k=" + ushr(-100, k));
        }
    }
}
