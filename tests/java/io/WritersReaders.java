// Checks character streams in memory: PrintWriter over StringWriter (print
// overloads, printf, println, flush, autoflush constructor, checkError,
// close), StringWriter (write/append/getBuffer), StringReader (read, read into
// a buffer, skip, mark/reset, ready), BufferedWriter over StringWriter with
// newLine and buffering visible before flush, BufferedReader over StringReader
// (readLine with \n, \r\n and \r, lines(), read(char[]), ready, mark/reset),
// CharArrayWriter/CharArrayReader and reading after close.
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.CharArrayReader;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.stream.Collectors;

public class WritersReaders {
    static String show(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }

    public static void main(String[] args) throws IOException {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.print(1); pw.print('c'); pw.print(2L); pw.print(3.5f); pw.print(4.25); pw.print(true);
        pw.print(new char[] {'x', 'y'}); pw.print("s"); pw.print((Object) null); pw.print((String) null);
        pw.println();
        pw.println(7); pw.println('q'); pw.println(false); pw.println(new char[] {'!'}); pw.println((String) null);
        pw.printf("%04d|%s%n", 12, "fmt");
        pw.write("write-string");
        pw.write('\n');
        pw.write("0123456789", 2, 3);
        pw.write(new char[] {'a', 'b', 'c', 'd'}, 1, 2);
        pw.append("app").append('!').append("xyz", 0, 1);
        System.out.println("PrintWriter(StringWriter) unflushed is visible: " + show(sw.toString()));
        pw.flush();
        System.out.println("checkError: " + pw.checkError());
        pw.close();
        pw.println("after close");
        System.out.println("checkError after write on closed: " + pw.checkError());
        System.out.println("content unchanged: " + sw.toString().endsWith("app!x"));

        StringWriter sw2 = new StringWriter();
        PrintWriter auto = new PrintWriter(new BufferedWriter(sw2), true);
        auto.print("buffered");
        System.out.println("autoflush after print: [" + sw2 + "]");
        auto.println(" line");
        System.out.println("autoflush after println: [" + show(sw2.toString()) + "]");
        auto.printf("pf %d", 1);
        System.out.println("autoflush after printf: [" + show(sw2.toString()) + "]");
        auto.close();
        System.out.println("after close: [" + show(sw2.toString()) + "]");

        StringWriter sw3 = new StringWriter();
        PrintWriter noAuto = new PrintWriter(new BufferedWriter(sw3));
        noAuto.println("held");
        System.out.println("no autoflush after println: [" + sw3 + "]");
        noAuto.flush();
        System.out.println("after flush: [" + show(sw3.toString()) + "]");

        StringWriter w = new StringWriter(4);
        w.write(65);
        w.write("BCD");
        w.append("EF").append('G').append(null);
        w.getBuffer().insert(0, '>');
        System.out.println("StringWriter: " + w + " length " + w.getBuffer().length());

        StringWriter bsw = new StringWriter();
        BufferedWriter bw = new BufferedWriter(bsw, 8);
        bw.write("abc");
        System.out.println("BufferedWriter held: [" + bsw + "]");
        bw.newLine();
        bw.write("defghijkl");
        System.out.println("BufferedWriter after overflow starts with abc: " + bsw.toString().startsWith("abc\n"));
        bw.write("tail", 1, 2);
        bw.flush();
        System.out.println("BufferedWriter flushed: [" + show(bsw.toString()) + "]");
        bw.close();
        try {
            bw.write("x");
        } catch (IOException e) {
            System.out.println("write after close: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        StringReader sr = new StringReader("Hello, reader!");
        System.out.println("read: " + (char) sr.read() + (char) sr.read() + " ready " + sr.ready());
        char[] buf = new char[5];
        int n = sr.read(buf);
        System.out.println("read(char[5]) -> " + n + " [" + new String(buf, 0, n) + "]");
        System.out.println("skip(2) -> " + sr.skip(2) + " markSupported " + sr.markSupported());
        sr.mark(100);
        n = sr.read(buf, 1, 3);
        System.out.println("read(buf,1,3) -> " + n + " [" + new String(buf) + "]");
        sr.reset();
        System.out.println("after reset read: " + (char) sr.read());
        System.out.println("skip(100) -> " + sr.skip(100) + " read -> " + sr.read() + " read(buf) -> " + sr.read(buf));
        sr.close();
        try {
            sr.read();
        } catch (IOException e) {
            System.out.println("StringReader closed: " + e.getMessage());
        }

        BufferedReader br = new BufferedReader(new StringReader("first\nsecond\r\nthird\rfourth\n\nsixth"));
        String line;
        int no = 0;
        while ((line = br.readLine()) != null) {
            System.out.println("readLine " + (++no) + ": [" + line + "]");
        }
        System.out.println("readLine at end: " + br.readLine() + " ready " + br.ready());

        BufferedReader br2 = new BufferedReader(new StringReader("alpha\nbeta\ngamma\n"));
        System.out.println("lines(): " + br2.lines().map(String::toUpperCase).collect(Collectors.toList()));
        BufferedReader br3 = new BufferedReader(new StringReader("abcdefghij\nklm"), 4);
        char[] cb = new char[6];
        System.out.println("ready: " + br3.ready());
        int r = br3.read(cb, 0, 6);
        System.out.println("read(cb,0,6) -> " + r + " [" + new String(cb, 0, r) + "]");
        br3.mark(20);
        System.out.println("readLine: " + br3.readLine());
        br3.reset();
        System.out.println("after reset readLine: " + br3.readLine() + " then " + br3.readLine() + " then " + br3.readLine());
        System.out.println("read at EOF: " + br3.read() + " read(cb) " + br3.read(cb));
        BufferedReader br4 = new BufferedReader(new StringReader(""));
        System.out.println("empty readLine: " + br4.readLine() + " lines count " + new BufferedReader(new StringReader("")).lines().count());
        System.out.println("trailing newline only: " + new BufferedReader(new StringReader("\n")).lines().collect(Collectors.toList()));

        CharArrayWriter caw = new CharArrayWriter();
        caw.write("chars");
        caw.append('!');
        char[] arr = caw.toCharArray();
        System.out.println("CharArrayWriter: " + caw + " size " + caw.size() + " array " + arr.length);
        CharArrayReader car = new CharArrayReader(arr, 1, 3);
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = car.read()) != -1) sb.append((char) c);
        System.out.println("CharArrayReader(arr,1,3): " + sb);
        caw.reset();
        caw.write("new");
        System.out.println("after reset: " + caw);
        StringWriter target = new StringWriter();
        caw.writeTo(target);
        System.out.println("writeTo: " + target);
        StringWriter transferred = new StringWriter();
        long t = new StringReader("transfer me").transferTo(transferred);
        System.out.println("transferTo: " + t + " " + transferred);
    }
}
