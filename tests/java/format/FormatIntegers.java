public class FormatIntegers {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 42, -42, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : vals) {
            System.out.println(String.format("[%d] [%8d] [%-8d] [%08d] [%+d] [% d] [%,d] [%(d] [%+,12d] [%-+8d]", v, v, v, v, v, v, v, v, v, v));
        }
        for (int v : vals) {
            System.out.println(String.format("[%x] [%X] [%10x] [%-10X] [%08x] [%o] [%12o]", v, v, v, v, v, v, v));
        }
        long[] lvals = {0L, 123456789012345L, -123456789012345L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : lvals) {
            System.out.println(String.format("[%d] [%,d] [%x] [%X] [%o] [%(,d] [%25d]", v, v, v, v, v, v, v));
        }
        byte b = -1;
        short s = -2;
        System.out.println(String.format("byte %d %x %o | short %d %x %o", b, b, b, s, s, s));
        System.out.println(String.format("byte 127 %x, short 4096 %x, Byte.MIN %x", (byte) 127, (short) 4096, Byte.MIN_VALUE));
        Integer boxed = 255;
        Long lboxed = -255L;
        System.out.println(String.format("boxed %d %x %05d | %d %x", boxed, boxed, boxed, lboxed, lboxed));
        System.out.println(String.format("%d%%", 50) + " " + String.format("100%% sure") + " " + String.format("%%d"));
        System.out.println(String.format("%,d %,d %,d %,d", 999, 1000, -1000, 1000000000));
        System.out.println(String.format("%3d|%3d|%3d", 1, 22, 4444));
        System.out.println(String.format("%d %x %o %d", 64, 64, 64, 7));
        System.out.println(String.format("%s %s %s", "a", "b", "c"));
        System.out.printf("printf %d and %d%n", 3, 4);
        System.out.format("format %05d%n", -42);
        System.out.println(String.format("%(d %(d %(08d", -5, 5, -5));
        System.out.println(String.format("% 05d|% d|% d", 42, -42, 0));
        System.out.println(String.format("%-6d|%-6x|%-6o|", 255, 255, 255));
    }
}
