// Checks every PrintStream print/println overload (boolean, char, int, long,
// float, double, char[], String, Object, null String, null Object), print of
// a char[] versus the same array as Object (only the type is printed for the
// latter, so it is checked by prefix), append (char, CharSequence, range),
// write(int)/write(byte[])/write(byte[],off,len), checkError, flush, and a
// PrintStream over a ByteArrayOutputStream whose bytes are printed back.
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

public class PrintStreamOverloads {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public String toString() { return "Point(" + x + "," + y + ")"; }
    }

    static void all(PrintStream p) {
        p.print(true); p.print(' '); p.print(false); p.println();
        p.print('c'); p.print(42); p.print(-7L); p.print(1.5f); p.print(2.25); p.println();
        p.print(Integer.MIN_VALUE); p.print(' '); p.print(Long.MAX_VALUE); p.println();
        p.print(Float.NaN); p.print(' '); p.print(Double.NEGATIVE_INFINITY); p.print(' '); p.print(1e-5f); p.print(' '); p.print(1e21); p.println();
        p.print(new char[] {'a', 'b', 'c'}); p.println();
        p.print("string"); p.println();
        p.print(new Point(1, 2)); p.println();
        p.print((String) null); p.print('|'); p.print((Object) null); p.println();
        p.println(true);
        p.println('z');
        p.println(123);
        p.println(9876543210L);
        p.println(0.1f);
        p.println(100.0);
        p.println(-0.0);
        p.println(new char[] {'x', 'y'});
        p.println("line");
        p.println(new Point(3, 4));
        p.println((String) null);
        p.println((Object) null);
        p.println(new StringBuilder("builder"));
        p.println(Integer.valueOf(5));
        p.println(new char[0]);
        p.println("");
        p.append('A').append("BC").append("xDEFx", 1, 4).append(null).println();
        p.write('W');
        p.write('\n');
        p.write(0x141);  // only the low 8 bits: 'A'
        p.write('\n');
        byte[] bytes = "bytes!\n".getBytes(StandardCharsets.US_ASCII);
        p.write(bytes, 0, bytes.length);
        p.write(bytes, 1, 3);
        p.println();
        p.printf("%s=%d%n", "k", 1);
        p.format("%5.1f|%n", 3.14159);
        p.flush();
    }

    public static void main(String[] args) throws Exception {
        System.out.println("== System.out ==");
        all(System.out);
        System.out.println("checkError: " + System.out.checkError());

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bos);
        all(ps);
        System.out.println("== captured " + bos.size() + " bytes, checkError " + ps.checkError() + " ==");
        System.out.print(bos.toString());
        System.out.println("== same as System.out output: " + bos.toString().equals(bos.toString(StandardCharsets.UTF_8)));

        char[] chars = {'h', 'i'};
        ByteArrayOutputStream b2 = new ByteArrayOutputStream();
        PrintStream p2 = new PrintStream(b2, true, "UTF-8");
        p2.print(chars);
        p2.print('/');
        p2.print((Object) chars);
        String s2 = b2.toString("UTF-8");
        System.out.println("char[] then Object prefix: " + s2.substring(0, 4) + " startsWith [C@ " + s2.substring(3).startsWith("[C@"));
        String viaValueOf = String.valueOf((Object) chars);
        System.out.println("String.valueOf(Object char[]) startsWith [C@: " + viaValueOf.startsWith("[C@"));
        System.out.println("String.valueOf(char[]): " + String.valueOf(chars));

        ByteArrayOutputStream b3 = new ByteArrayOutputStream();
        PrintStream p3 = new PrintStream(b3, false, StandardCharsets.UTF_8);
        p3.print("caf\u00e9 \u20ac");
        p3.flush();
        byte[] encoded = b3.toByteArray();
        StringBuilder hex = new StringBuilder();
        for (byte b : encoded) hex.append(String.format("%02x ", b & 0xff));
        System.out.println("UTF-8 bytes: " + hex.toString().trim());
        try {
            char[] nullArr = null;
            p3.print(nullArr);
        } catch (NullPointerException e) {
            System.out.println("print((char[]) null): NullPointerException");
        }
        p3.close();
        System.out.println("after close checkError: " + p3.checkError());
        p3.println("ignored after close");
        System.out.println("write after close sets error: " + p3.checkError() + " size still " + b3.size());

        ByteArrayOutputStream b4 = new ByteArrayOutputStream();
        PrintStream p4 = new PrintStream(b4, true);
        p4.print("no newline yet");
        System.out.println("autoflush print (BAOS is unbuffered anyway): " + b4.size());
        p4.println();
        System.out.println("lines via toString: " + b4.toString().replace(System.lineSeparator(), "\\n"));
        System.out.println("lineSeparator is \\n: " + System.lineSeparator().equals("\n"));
    }
}
