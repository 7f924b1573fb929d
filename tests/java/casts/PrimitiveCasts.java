public class PrimitiveCasts {
    public static void main(String[] args) {
        int i = 0x12345678;
        System.out.println("int -> byte " + (byte) i + ", short " + (short) i + ", char " + (int) (char) i + ", long " + (long) i
            + ", float " + (float) i + ", double " + (double) i);
        int neg = -0x12345678;
        System.out.println("neg -> byte " + (byte) neg + ", short " + (short) neg + ", char " + (int) (char) neg + ", long " + (long) neg);
        long l = 0x123456789ABCDEF0L;
        System.out.println("long -> int " + (int) l + ", short " + (short) l + ", byte " + (byte) l + ", char " + (int) (char) l
            + ", float " + (float) l + ", double " + (double) l);
        double d = 12345.6789;
        System.out.println("double -> int " + (int) d + ", long " + (long) d + ", float " + (float) d + ", short " + (short) d
            + ", byte " + (byte) d + ", char " + (int) (char) d);
        double dneg = -98765.4321;
        System.out.println("neg double -> int " + (int) dneg + ", short " + (short) dneg + ", byte " + (byte) dneg + ", char " + (int) (char) dneg);
        float f = 3.99f;
        System.out.println("float -> int " + (int) f + ", long " + (long) f + ", double " + (double) f + ", char " + (int) (char) f);
        char c = '\uABCD';
        System.out.println("char -> int " + (int) c + ", short " + (short) c + ", byte " + (byte) c + ", long " + (long) c + ", float " + (float) c);
        short s = -2;
        System.out.println("short -> char " + (int) (char) s + ", byte " + (byte) s + ", int " + (int) s + ", double " + (double) s);
        byte b = -100;
        System.out.println("byte -> char " + (int) (char) b + ", short " + (short) b + ", long " + (long) b);
        // cast chains
        System.out.println("(int)(byte)200 = " + (int) (byte) 200);
        System.out.println("(int)(char)(byte)-1 = " + (int) (char) (byte) -1);
        System.out.println("(byte)(char)-1 = " + (byte) (char) -1);
        System.out.println("(short)(char)(short)-1 = " + (short) (char) (short) -1);
        System.out.println("(int)(float)Integer.MAX_VALUE = " + (int) (float) Integer.MAX_VALUE);
        System.out.println("(long)(double)Long.MAX_VALUE = " + (long) (double) Long.MAX_VALUE);
        System.out.println("(long)(float)(1L << 60) + 1 = " + ((long) (float) ((1L << 60) + 1)));
        System.out.println("(int)(long)1e10 = " + (int) (long) 1e10);
        System.out.println("(int)1e10 = " + (int) 1e10);
        System.out.println("(byte)300.5 = " + (byte) 300.5);
        System.out.println("(char)65.9 = " + (char) 65.9);
        System.out.println("(float)(double)0.1f == 0.1f: " + ((float) (double) 0.1f == 0.1f));
        System.out.println("(double)(float)0.1 = " + (double) (float) 0.1);
        // implicit widening in assignments and calls
        byte small = 5;
        short widerShort = small;
        int widerInt = widerShort;
        long widerLong = widerInt;
        float widerFloat = widerLong;
        double widerDouble = widerFloat;
        System.out.println(widerShort + " " + widerInt + " " + widerLong + " " + widerFloat + " " + widerDouble);
        char letter = 'Z';
        int code = letter;
        long lcode = letter;
        double dcode = letter;
        System.out.println(code + " " + lcode + " " + dcode);
        // compile-time narrowing of constants
        byte cb = 10 + 20;
        char cc = 65 + 1;
        short cs = 'a';
        System.out.println(cb + " " + cc + " " + cs);
        final int k = 100;
        byte fromFinal = k;
        System.out.println(fromFinal);
        // boolean cannot be cast, but can be converted with ternary
        boolean flag = true;
        int asInt = flag ? 1 : 0;
        System.out.println("boolean as int " + asInt);
    }
}
