// Reads the whole standard input with new String(System.in.readAllBytes(), UTF_8)
// (no BufferedReader), then processes it: line count (including a final
// line without newline), characters, byte length, words, reversed words per
// line, and non-ASCII code points printed as U+XXXX escapes. A second
// readAllBytes at EOF returns an empty array and read() returns -1.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

public class ReadAllStdin {
    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 128) sb.append((char) cp);
            else sb.append("U+").append(Integer.toHexString(cp).toUpperCase());
        });
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        byte[] bytes = System.in.readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        System.out.println("bytes: " + bytes.length + " chars: " + text.length() + " code points: " + text.codePointCount(0, text.length()));
        System.out.println("as ISO-8859-1 chars: " + new String(bytes, StandardCharsets.ISO_8859_1).length());
        List<String> lines = text.lines().collect(Collectors.toList());
        System.out.println("lines: " + lines.size() + " ends with newline: " + text.endsWith("\n"));
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            System.out.println(i + ": [" + esc(l) + "] reversed words: " + esc(String.join(" ", reverse(l.trim().split("\\s+")))));
        }
        String[] words = text.trim().split("\\s+");
        System.out.println("word count: " + words.length);
        System.out.println("sorted unique lowercase ASCII words: " + Arrays.stream(words)
            .map(w -> w.replaceAll("[^A-Za-z]", "").toLowerCase()).filter(w -> !w.isEmpty()).distinct().sorted().collect(Collectors.toList()));
        System.out.println("digits sum: " + text.chars().filter(Character::isDigit).map(c -> c - '0').sum());
        System.out.println("second readAllBytes: " + System.in.readAllBytes().length + " read(): " + System.in.read());
    }

    static String[] reverse(String[] a) {
        String[] r = new String[a.length];
        for (int i = 0; i < a.length; i++) r[i] = a[a.length - 1 - i];
        return r;
    }
}
