// Checks String.format with the common conversion set: integers in all
// widths/flags, floating point %e %f %g, strings with width/justification,
// %S %c %b %h %n %%, explicit argument indices (%2$s) and %<s, plus the
// exception types and messages for bad format strings.
import java.util.IllegalFormatException;

public class StringFormatConversions {
    static void f(String fmt, Object... args) {
        try {
            System.out.println(fmt + " => [" + String.format(fmt, args) + "]");
        } catch (IllegalFormatException e) {
            System.out.println(fmt + " => " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        f("%d", 42);
        f("%d", -42);
        f("%5d", 42);
        f("%-5d|", 42);
        f("%05d", 42);
        f("%05d", -42);
        f("%,d", 1234567890);
        f("%,d", -1234567);
        f("%+d", 5);
        f("%+d", -5);
        f("% d", 5);
        f("%(d", -17);
        f("%d", Long.MIN_VALUE);
        f("%d", (byte) -1);
        f("%x", 255);
        f("%X", 255);
        f("%x", -1);
        f("%x", (byte) -1);
        f("%x", -1L);
        f("%#x", 255);
        f("%08X", 0xBEEF);
        f("%o", 8);
        f("%o", -8);
        f("%#o", 8);
        f("%e", 12345.678);
        f("%.3e", 12345.678);
        f("%E", 0.000123);
        f("%e", 0.0);
        f("%f", 3.14159265);
        f("%.2f", 2.675);
        f("%.2f", 1.005);
        f("%.0f", 2.5);
        f("%.0f", 3.5);
        f("%10.3f|", -3.14159);
        f("%-10.3f|", 3.14159);
        f("%010.3f", -3.14159);
        f("%,.2f", 1234567.891);
        f("%f", 1e20);
        f("%.1f", 0.05);
        f("%.1f", 0.15);
        f("%f", Double.NaN);
        f("%f", Double.POSITIVE_INFINITY);
        f("%5.1f", Double.NEGATIVE_INFINITY);
        f("%g", 12345.678);
        f("%g", 0.00012345);
        f("%g", 1e10);
        f("%.3g", 3.14159);
        f("%g", 0.0);
        f("%f", 1.5f);
        f("%s", "str");
        f("%10s|", "str");
        f("%-10s|", "str");
        f("%.2s", "str");
        f("%S", "mixed Case");
        f("%s", 3.0);
        f("%s", 1e-5);
        f("%s %s", null, true);
        f("%c", 'A');
        f("%c", 0x1F600);
        f("%C", 'q');
        f("%b", true);
        f("%b", "x");
        f("%b", (Object) null);
        f("%B", false);
        f("%h", "hello");
        f("%h", 255);
        f("%H", "hello");
        f("a%nb");
        f("100%%");
        f("%5%|");
        f("%2$s %1$s", "world", "hello");
        f("%1$s %1$s %2$d", "echo", 3);
        f("%s %<s %s", "a", "b");
        f("%d %<x %<o", 64);
        f("%3$s %s %s", "x", "y", "z");
        f("%x", 3.5);
        f("%d", "str");
        f("%.2d", 5);
        f("%-d", 5);
        f("%s %s", "only one");
        f("%q", 1);
        f("%<s", "a");
        f("%0s", "a");
        f("%#s", "a");
        f("%,x", 1);
        f("%+s", "a");
        f("%d %d", 1, 2, 3);
        System.out.println(String.format("%-6s%6.2f%%", "rate", 12.345));
        System.out.printf("%s=%d%n", "printf", 7);
    }
}
