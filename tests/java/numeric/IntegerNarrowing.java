public class IntegerNarrowing {
    static byte i2b(int i) { return (byte) i; }
    static char i2c(int i) { return (char) i; }
    static short i2s(int i) { return (short) i; }
    static int l2i(long l) { return (int) l; }

    public static void main(String[] args) {
        int[] vals = {0, 1, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536, 65537,
            -32768, -32769, 0x12345678, 0x89ABCDEF, Integer.MAX_VALUE, Integer.MIN_VALUE, 200, -200};
        for (int v : vals) {
            System.out.println(v + " -> byte " + i2b(v) + ", short " + i2s(v) + ", char " + (int) i2c(v)
                + ", byte->char " + (int) (char) i2b(v) + ", char->short " + (short) i2c(v));
        }
        long[] lvals = {0L, 4294967295L, 4294967296L, -4294967296L, 0x7FFFFFFFFFFFFFFFL, 0x80000000L,
            0x123456789ABCDEF0L, -1L, Long.MIN_VALUE};
        for (long l : lvals) {
            System.out.println(l + " -> int " + l2i(l) + ", short " + (short) l + ", byte " + (byte) l
                + ", char " + (int) (char) l);
        }
        // widening is sign-extending for byte/short, zero-extending for char
        byte b = (byte) 0x80;
        short s = (short) 0x8000;
        char c = (char) 0x8000;
        int bi = b, si = s, ci = c;
        long bl = b, cl = c;
        System.out.println("byte 0x80 widened: " + bi + " " + bl);
        System.out.println("short 0x8000 widened: " + si);
        System.out.println("char 0x8000 widened: " + ci + " " + cl);
        // arrays store narrowed values
        byte[] ba = new byte[4];
        ba[0] = (byte) 300;
        ba[1] = (byte) -300;
        ba[2] = (byte) 0xFF;
        ba[3] = (byte) 0x7F;
        for (byte x : ba) System.out.print(x + " ");
        System.out.println();
        char[] ca = new char[3];
        ca[0] = (char) -1;
        ca[1] = (char) 65;
        ca[2] = (char) 65601;
        for (char x : ca) System.out.print((int) x + " ");
        System.out.println();
        short[] sa = {(short) 40000, (short) -40000, (short) 0xFFFF};
        for (short x : sa) System.out.print(x + " ");
        System.out.println();
        // byte arithmetic promotes to int
        byte x1 = 100, x2 = 100;
        int sum = x1 + x2;
        byte bsum = (byte) (x1 + x2);
        System.out.println("byte 100 + byte 100 = " + sum + ", narrowed " + bsum);
        // boolean from comparisons of narrowed values
        System.out.println((byte) 128 == -128);
        System.out.println((char) -1 == 65535);
        System.out.println((short) 65535 == -1);
        // masking as unsigned
        System.out.println(((byte) -1) & 0xFF);
        System.out.println(((short) -1) & 0xFFFF);
        System.out.println(-1 & 0xFFFFFFFFL);
        System.out.println((-1 >>> 1) / 3 * 2 + 1);
    }
}
