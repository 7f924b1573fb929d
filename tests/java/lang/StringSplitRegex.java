// Checks String.split with regex separators programs commonly use and with
// positive, zero and negative limits (trailing empty strings removed only for
// limit 0), plus leading empty strings and zero-width matches.
import java.util.Arrays;

public class StringSplitRegex {
    static void show(String label, String s, String regex) {
        String[] parts = s.split(regex);
        System.out.println(label + " split(\"" + regex + "\") -> " + parts.length + " " + Arrays.toString(parts));
    }

    static void showLimit(String s, String regex, int limit) {
        String[] parts = s.split(regex, limit);
        StringBuilder sb = new StringBuilder();
        for (String p : parts) sb.append('<').append(p).append('>');
        System.out.println("[" + s + "].split(\"" + regex + "\", " + limit + ") -> " + parts.length + " " + sb);
    }

    public static void main(String[] args) {
        show("ws", "  the quick\tbrown \n fox  ", "\\s+");
        show("ws-trimmed", "the quick\tbrown \n fox".trim(), "\\s+");
        show("comma-ws", "a, b,c,   d ,e", ",\\s*");
        show("class", "a,b;c;;d,", "[,;]");
        show("not-lower", "hello World123foo_bar", "[^a-z]+");
        show("dot", "www.example.com", "\\.");
        show("dot-unescaped", "a.b", ".");
        show("pipe", "x|y||z", "\\|");
        show("digits", "abc123def45g6", "\\d+");
        show("letters", "12ab34CD56e", "[a-zA-Z]+");
        show("x*", "axbxxc", "x*");
        show("empty", "abc", "");
        show("leading", ",a,b", ",");
        show("leading-ws", " a b", "\\s+");
        show("all-seps", ",,,", ",");
        show("empty-input", "", "\\s+");
        show("word-boundary-ish", "one1two22three333", "(?<=\\D)(?=\\d)");
        show("alternation", "cat and dog or bird", " (and|or) ");
        show("tab", "a\tb\t\tc", "\t");
        show("dollar", "10$20$30", "\\$");
        show("plus", "1+2+3", "\\+");
        show("backslash", "dir\\sub\\file", "\\\\");
        show("colon-space", "k1: v1; k2: v2", ";\\s*");
        // limits
        String csv = "a,b,,c,,";
        for (int limit : new int[] {-1, 0, 1, 2, 3, 4, 5, 6, 7, 10}) {
            showLimit(csv, ",", limit);
        }
        showLimit("  a  b  ", "\\s+", -1);
        showLimit("  a  b  ", "\\s+", 0);
        showLimit("  a  b  ", "\\s+", 2);
        showLimit("boo:and:foo", "o", -2);
        showLimit("boo:and:foo", "o", 0);
        showLimit("boo:and:foo", "o", 2);
        showLimit("boo:and:foo", ":", 5);
        showLimit("", ",", -1);
        showLimit("", ",", 0);
        // parse key=value pairs
        String config = "name = crema ; version=1 ;  mode= interp";
        for (String entry : config.split("\\s*;\\s*")) {
            String[] kv = entry.split("\\s*=\\s*", 2);
            System.out.println("key [" + kv[0] + "] value [" + kv[1] + "]");
        }
        // word count
        String text = "It was the best of times, it was the worst of times.";
        String[] words = text.toLowerCase().split("[^a-z]+");
        System.out.println("words " + words.length + " " + String.join("/", words));
    }
}
