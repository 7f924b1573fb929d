import java.io.PrintWriter;
import java.io.StringWriter;

// Throwable.printStackTrace(PrintWriter) into a StringWriter: causes,
// suppressed exceptions and "... n more" elision, as HotSpot prints them.
public class StackTraceToWriter {
    static void fail(int depth) {
        if (depth == 0) {
            throw new IllegalStateException("deep");
        }
        fail(depth - 1);
    }

    static void wrap() {
        try {
            fail(2);
        } catch (IllegalStateException e) {
            RuntimeException r = new RuntimeException("wrapped", e);
            r.addSuppressed(new UnsupportedOperationException("also"));
            throw r;
        }
    }

    public static void main(String[] args) {
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            try {
                wrap();
            } catch (RuntimeException e) {
                e.printStackTrace(pw);
            }
        }
        String text = sw.toString();
        System.out.print(text);
        System.out.println("lines " + text.split("\n").length);
        StringWriter plain = new StringWriter();
        new Error().printStackTrace(new PrintWriter(plain, true));
        System.out.print(plain);
    }
}
