// Checks PrintStream.printf/format and PrintWriter.printf with many
// conversions and flags: %d %x %X %o %s %S %c %b %f %e %E %g %a %h %n %%,
// width, precision, '-', '0', '+', ' ', ',', '(', '#', argument indexes
// (%2$s, %<s), BigInteger/BigDecimal, Long/Byte/Short, null arguments and
// the exception types thrown for bad format strings.
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IllegalFormatException;
import java.util.Locale;

public class PrintfConversions {
    public static void main(String[] args) {
        PrintStream out = System.out;
        out.printf("ints: [%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%,d] [%(d]%n", 42, 42, 42, 42, 42, 42, 1234567, -42);
        out.printf("negative: [%d] [%6d] [%-6d|] [%06d] [%+d] [%,d] [%(5d]%n", -42, -42, -42, -42, -42, -1234567, -3);
        out.printf("hex/octal: [%x] [%X] [%#x] [%08X] [%o] [%#o] [%x]%n", 255, 255, 255, 48879, 8, 8, -1);
        out.printf("long: [%d] [%x] [%o] [%,d]%n", Long.MIN_VALUE, -1L, 511L, 9876543210L);
        out.printf("byte/short: [%d] [%x] [%x] [%d]%n", (byte) -1, (byte) -1, (short) -2, (short) 300);
        out.printf("big: [%d] [%x] [%,d] [%.3f] [%s]%n", new BigInteger("123456789012345678901234567890"), new BigInteger("-255"),
            new BigInteger("1000000"), new BigDecimal("2.71828"), new BigDecimal("1.50"));
        out.printf("strings: [%s] [%10s] [%-10s] [%.3s] [%S] [%8.2s]%n", "hello", "hello", "hello", "hello", "hello", "hello");
        out.printf("null: [%s] [%5s] [%b] [%S]%n", null, null, null, null);
        out.printf("chars: [%c] [%C] [%3c] [%-3c] [%c]%n", 'a', 'b', 'c', 'd', 65);
        out.printf("supplementary: length %d codePoint %x%n", String.format("%c", 0x1F600).length(), String.format("%c", 0x1F600).codePointAt(0));
        out.printf("booleans: [%b] [%B] [%b] [%b] [%5b]%n", true, false, "x", 0, false);
        out.printf("fixed: [%f] [%.2f] [%10.3f] [%-10.1f] [%010.2f] [%+.1f] [%,.2f]%n", Math.PI, Math.PI, Math.PI, Math.PI, -Math.PI, 2.0, 1234567.891);
        out.printf("rounding HALF_UP: [%.1f] [%.1f] [%.2f] [%.0f] [%.0f] [%.0f]%n", 0.25, 0.35, 1.005, 0.5, 1.5, 2.5);
        out.printf("sci: [%e] [%.2e] [%E] [%12.4e] [%e]%n", 12345.678, 0.000123, 1e100, -6.02e23, 0.0);
        out.printf("general: [%g] [%g] [%g] [%.3g] [%G]%n", 1.0, 0.0001, 123456789.0, 0.000012345, 1e-10);
        out.printf("hexfloat: [%a] [%a] [%A]%n", 1.0, 0.1, -2.5);
        out.printf("specials: [%f] [%f] [%e] [%.2f] [%5.1f]%n", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Float.NaN);
        out.printf("float arg: [%f] [%.10f]%n", 0.1f, 0.1f);
        out.printf("percent and newline: [%%] [%5%]%n");
        out.printf("index: [%2$s %1$s] [%1$s %<s] [%s %s %<s]%n", "a", "b");
        out.printf("hash: [%h] [%h] [%H]%n", "hi", 17, "hi");
        out.printf("paren negative float: [%(.2f] [%(.2f]%n", -3.14159, 3.14159);
        out.printf("zero pad negative: [%08.2f] [%+08d]%n", -1.5, 7);
        out.printf(Locale.ROOT, "locale root: [%,d] [%,.3f]%n", 1234567, 9876.54321);
        out.printf("no args%n");
        out.format("format alias: %s-%s%n", 1, 2.0);

        String s = String.format("%-4s|%4s|%s", "ab", "cd", 'e');
        System.out.println("String.format: " + s);
        System.out.println("formatted: " + "%d+%d=%d".formatted(2, 3, 5));
        System.out.println("extra args ignored: " + String.format("%s", "one", "two"));

        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.printf("pw: %3d|%-3d|%x%n", 7, 7, 171).format("chain %s%n", "ok");
        pw.flush();
        System.out.print(sw);

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bos);
        PrintStream ret = ps.printf("%s", "x");
        System.out.println("printf returns same stream: " + (ret == ps) + " content " + bos);

        String[] bad = {"%d", "%q", "%5", "%.2d", "%-d", "%#s", "%2$s", "%,x", "%c"};
        Object[][] badArgs = {{"str"}, {1}, {1}, {1}, {1}, {"s"}, {"only"}, {1}, {"str"}};
        for (int i = 0; i < bad.length; i++) {
            try {
                String r = String.format(bad[i], badArgs[i]);
                System.out.println(bad[i] + " -> no exception: " + r);
            } catch (IllegalFormatException e) {
                System.out.println(bad[i] + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
