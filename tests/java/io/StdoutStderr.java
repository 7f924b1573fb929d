// Checks System.out interleaved with System.err (only stdout is compared, but
// both are exercised), System.setOut/setErr redirection into a
// ByteArrayOutputStream and restoring the originals, PrintWriter wrapped
// around System.out with and without autoflush (output order relative to
// direct System.out writes), write(byte[]) to System.out, and
// FileDescriptor.out via FileOutputStream.
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

public class StdoutStderr {
    public static void main(String[] args) throws IOException {
        for (int i = 0; i < 3; i++) {
            System.out.println("out " + i);
            System.err.println("err " + i);
        }
        System.err.print("err without newline");
        System.err.flush();
        System.out.print("out without newline");
        System.out.println();
        System.err.println();

        PrintStream origOut = System.out;
        PrintStream origErr = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(capturedOut, true));
        System.setErr(new PrintStream(capturedErr, true));
        System.out.println("captured stdout line");
        System.out.printf("value=%d%n", 42);
        System.err.println("captured stderr line");
        new Throwable("a throwable message").printStackTrace(new PrintStream(new ByteArrayOutputStream()));
        System.setOut(origOut);
        System.setErr(origErr);
        System.out.println("restored; captured out: [" + capturedOut.toString().replace("\n", "|") + "]");
        System.out.println("captured err: [" + capturedErr.toString().replace("\n", "|") + "]");
        System.out.println("System.out restored identity: " + (System.out == origOut));

        PrintWriter buffered = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        buffered.println("buffered writer line 1 (appears after the direct line)");
        System.out.println("direct line");
        buffered.flush();
        PrintWriter auto = new PrintWriter(System.out, true);
        auto.println("autoflush writer line");
        System.out.println("direct after autoflush");
        auto.printf("autoflush printf %s%n", "ok");
        auto.print("autoflush print without newline, ");
        auto.flush();
        System.out.println("then direct");

        System.out.write("raw bytes via write(byte[])\n".getBytes(StandardCharsets.US_ASCII));
        System.out.write('W');
        System.out.write('\n');
        System.out.flush();
        System.err.write("raw err bytes\n".getBytes(StandardCharsets.US_ASCII));
        System.err.flush();

        FileOutputStream fdOut = new FileOutputStream(FileDescriptor.out);
        System.out.flush();
        fdOut.write("via FileDescriptor.out\n".getBytes(StandardCharsets.US_ASCII));
        fdOut.flush();
        System.out.println("after FileDescriptor.out");
        System.out.append("append ").append('c').append("har\n");
        System.out.println("checkError " + System.out.checkError());
        System.err.println("done");
    }
}
