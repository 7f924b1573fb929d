// Checks byte<->char bridges with explicit charsets: OutputStreamWriter and
// InputStreamReader with UTF-8, UTF-16BE, ISO-8859-1 and US-ASCII over
// in-memory streams, non-ASCII text (Latin-1, Greek, CJK, a surrogate pair),
// the encoded byte sequences, replacement of unmappable/malformed input
// (U+FFFD and '?'), getEncoding names, String.getBytes/new String round trips.
// Only ASCII is written to stdout (non-ASCII is shown as \\uXXXX escapes).
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

public class CharsetStreams {
    static final String TEXT = "na\u00efve caf\u00e9 \u03a9\u03bc\u03b5\u03b3\u03b1 \u65e5\u672c \uD83D\uDE00!";

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) sb.append(String.format("%02X", b & 0xff)).append(' ');
        return sb.toString().trim();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) sb.append(c);
            else sb.append(String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }

    static byte[] encode(String s, Charset cs) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bos, cs)) {
            w.write(s);
        }
        return bos.toByteArray();
    }

    static String decode(byte[] bytes, Charset cs) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (InputStreamReader r = new InputStreamReader(new ByteArrayInputStream(bytes), cs)) {
            char[] buf = new char[4];
            int n;
            while ((n = r.read(buf)) != -1) sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        System.out.println("text: " + esc(TEXT));
        System.out.println("chars " + TEXT.length() + " code points " + TEXT.codePointCount(0, TEXT.length()));
        Charset[] sets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII};
        for (Charset cs : sets) {
            byte[] enc = encode(TEXT, cs);
            String back = decode(enc, cs);
            System.out.println(cs.name() + ": " + enc.length + " bytes, round trip " + back.equals(TEXT) + " -> " + esc(back));
        }
        System.out.println("UTF-8 bytes: " + hex(encode("\u00e9\u03a9\u65e5\uD83D\uDE00", StandardCharsets.UTF_8)));
        System.out.println("UTF-16BE bytes: " + hex(encode("A\u00e9\uD83D\uDE00", StandardCharsets.UTF_16BE)));
        System.out.println("UTF-16 (with BOM) bytes: " + hex("A".getBytes(StandardCharsets.UTF_16)));
        System.out.println("getBytes matches writer: " + java.util.Arrays.equals(TEXT.getBytes(StandardCharsets.UTF_8), encode(TEXT, StandardCharsets.UTF_8)));
        System.out.println("new String(bytes, UTF-8) equals: " + new String(TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(TEXT));
        System.out.println("getBytes(\"UTF-8\") length: " + TEXT.getBytes("UTF-8").length + " charset by name: " + Charset.forName("utf8").name());

        byte[] malformed = {'o', 'k', (byte) 0xC3, '(', (byte) 0xFF, (byte) 0xE2, (byte) 0x82, 'x'};
        System.out.println("malformed UTF-8 via reader: " + esc(decode(malformed, StandardCharsets.UTF_8)));
        System.out.println("malformed UTF-8 via String: " + esc(new String(malformed, StandardCharsets.UTF_8)));
        System.out.println("high bytes as ASCII: " + esc(new String(new byte[] {'a', (byte) 0x80, (byte) 0xFF}, StandardCharsets.US_ASCII)));
        System.out.println("high bytes as Latin-1: " + esc(new String(new byte[] {'a', (byte) 0x80, (byte) 0xFF}, StandardCharsets.ISO_8859_1)));
        System.out.println("lone surrogate to UTF-8: " + hex("a\uD800b".getBytes(StandardCharsets.UTF_8)));

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        OutputStreamWriter osw = new OutputStreamWriter(bos, StandardCharsets.UTF_8);
        System.out.println("OutputStreamWriter encoding: " + osw.getEncoding());
        osw.write("\u00e9t\u00e9");
        System.out.println("before flush bytes: " + bos.size());
        osw.flush();
        System.out.println("after flush bytes: " + bos.size());
        osw.append('\u00a7').append("\n");
        osw.close();
        System.out.println("after close: " + hex(bos.toByteArray()));

        InputStreamReader isr = new InputStreamReader(new ByteArrayInputStream(bos.toByteArray()), StandardCharsets.UTF_8);
        System.out.println("InputStreamReader encoding: " + isr.getEncoding() + " Latin-1 name: " + new InputStreamReader(new ByteArrayInputStream(new byte[0]), StandardCharsets.ISO_8859_1).getEncoding());
        int c;
        StringBuilder codes = new StringBuilder();
        while ((c = isr.read()) != -1) codes.append(Integer.toHexString(c)).append(' ');
        System.out.println("chars read: " + codes.toString().trim());

        byte[] multi = "l\u00edne one\n\u0436\u0438\u0437\u043d\u044c two\r\n\u00fcber three".getBytes(StandardCharsets.UTF_8);
        BufferedReader br = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(multi), StandardCharsets.UTF_8));
        String line;
        while ((line = br.readLine()) != null) {
            System.out.println("line len " + line.length() + ": " + esc(line) + " upper " + esc(line.toUpperCase()));
        }
    }
}
