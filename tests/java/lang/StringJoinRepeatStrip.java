// Checks String.join/repeat, strip/stripLeading/stripTrailing vs trim
// (Unicode spaces such as U+2003 and U+00A0), isBlank/isEmpty, lines(),
// indent(), stripIndent() and formatted().
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

public class StringJoinRepeatStrip {
    static String vis(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append("]").toString();
    }

    public static void main(String[] args) {
        System.out.println(String.join("+", List.of("1", "2", "3")));
        System.out.println(vis(String.join(",", List.of())));
        System.out.println(String.join("::", new StringBuilder("sb"), "str", new StringBuffer("buf")));
        System.out.println(vis("ab".repeat(3)) + " " + vis("x".repeat(0)) + " " + vis("".repeat(5)) + " " + vis("-".repeat(1)));
        try {
            "a".repeat(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("repeat(-1): " + e.getMessage());
        }
        String[] samples = {
            "  hello  ", "\t\n x \r\n", "\u2003em space\u2003", "\u00a0nbsp\u00a0", "\u3000ideo\u3000",
            "\u0001ctl\u0001", "", "   ", "\u2003", "\u00a0", "\u001f\u2028 mix \u2029\u0085"
        };
        for (String s : samples) {
            System.out.println(vis(s) + " trim=" + vis(s.trim()) + " strip=" + vis(s.strip())
                + " lead=" + vis(s.stripLeading()) + " trail=" + vis(s.stripTrailing())
                + " blank=" + s.isBlank() + " empty=" + s.isEmpty());
        }
        String multi = "first\nsecond\r\nthird\rfourth\n\nsixth\n";
        List<String> lines = multi.lines().collect(Collectors.toList());
        System.out.println("lines " + lines.size());
        for (String l : lines) System.out.println("  " + vis(l));
        System.out.println("lines of empty " + "".lines().count() + ", of \"\\n\" " + "\n".lines().count()
            + ", of \"a\" " + "a".lines().count() + ", of \"a\\n\\nb\" " + "a\n\nb".lines().count());
        System.out.println(vis("one\ntwo".indent(2)));
        System.out.println(vis("    deep\n  mid\nnone".indent(-2)));
        System.out.println(vis("a\r\nb".indent(0)));
        System.out.println(vis("".indent(4)));
        System.out.println(vis("   x\n     y\n   z".stripIndent()));
        System.out.println(vis("Hello %s, you are %d".formatted("Ann", 30)));
        System.out.println(vis("%05.1f|%-4s|%b".formatted(3.14159, "ab", null)));
        System.out.println(Arrays.toString("a-b-c".split("-")) + " joined " + String.join("", "a-b-c".split("-")));
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            table.append(" ".repeat(3 - i)).append("*".repeat(2 * i - 1)).append('\n');
        }
        System.out.print(table);
        System.out.println(vis("\\t tab \\101 \\n".translateEscapes()));
    }
}
