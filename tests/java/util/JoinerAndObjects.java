// Checks java.util.StringJoiner (delimiter/prefix/suffix, setEmptyValue, merge,
// length, toString of empty joiners, String.join) and java.util.Objects (equals,
// deepEquals, hash, hashCode, toString with default, requireNonNull with message and
// supplier -> NPE message, requireNonNullElse/ElseGet, isNull/nonNull, compare,
// checkIndex/checkFromToIndex/checkFromIndexSize exception messages).
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

public class JoinerAndObjects {
    static final class Point {
        final int x, y;
        final String label;

        Point(int x, int y, String label) {
            this.x = x;
            this.y = y;
            this.label = label;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y && Objects.equals(label, p.label);
        }

        @Override
        public int hashCode() {
            return Objects.hash(x, y, label);
        }

        @Override
        public String toString() {
            return "Point(" + x + "," + y + "," + Objects.toString(label, "<none>") + ")";
        }
    }

    interface Op { Object run(); }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        System.out.println("empty joiner '" + j + "' length " + j.length());
        j.add("a").add("b").add(null).add("");
        System.out.println("joiner " + j + " length " + j.length());
        StringJoiner e = new StringJoiner("-", "<", ">");
        e.setEmptyValue("EMPTY");
        System.out.println("with empty value " + e + " length " + e.length());
        e.add("");
        System.out.println("after add(\"\") '" + e + "' length " + e.length());
        StringJoiner plain = new StringJoiner("|");
        System.out.println("plain empty '" + plain + "'");
        plain.add("x");
        System.out.println("plain one " + plain);
        StringJoiner other = new StringJoiner(":", "{", "}");
        other.add("p").add("q");
        j.merge(other);
        System.out.println("merged " + j + " other unchanged " + other);
        StringJoiner emptyOther = new StringJoiner("/", "(", ")");
        j.merge(emptyOther);
        System.out.println("merge empty " + j);
        StringJoiner target = new StringJoiner(";");
        target.setEmptyValue("none");
        target.merge(new StringJoiner(","));
        System.out.println("merge empty into empty '" + target + "'");
        target.merge(other);
        System.out.println("merge into empty '" + target + "'");
        System.out.println("String.join " + String.join("/", "usr", "local", "bin") + " " + String.join(", ", List.of("x", "y")) + " '" + String.join(",", List.of()) + "'");

        Point p1 = new Point(1, 2, "a");
        Point p2 = new Point(1, 2, "a");
        Point p3 = new Point(1, 2, null);
        System.out.println("Objects.equals " + Objects.equals(p1, p2) + " " + Objects.equals(p1, p3) + " " + Objects.equals(null, null) + " " + Objects.equals(p1, null));
        System.out.println("deepEquals " + Objects.deepEquals(new int[] {1, 2}, new int[] {1, 2}) + " " + Objects.deepEquals(new int[][] {{1}}, new int[][] {{2}})
                + " " + Objects.deepEquals("s", "s"));
        System.out.println("hash " + Objects.hash(1, 2, "a") + " == p1.hashCode " + (Objects.hash(1, 2, "a") == p1.hashCode()) + " hash() " + Objects.hash()
                + " hash(null) " + Objects.hash((Object) null) + " hash(null,null) " + Objects.hash(null, null) + " Arrays.hashCode " + Arrays.hashCode(new Object[] {1, 2, "a"}));
        System.out.println("hashCode " + Objects.hashCode("abc") + " " + Objects.hashCode(null) + " p3 " + p3.hashCode());
        System.out.println("toString " + Objects.toString(p1) + " " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + p3);
        System.out.println("isNull " + Objects.isNull(null) + " " + Objects.isNull(p1) + " nonNull " + Objects.nonNull(p1) + " " + Objects.nonNull(null));
        System.out.println("requireNonNull ok " + Objects.requireNonNull(p1));
        attempt("requireNonNull(null)", () -> Objects.requireNonNull(null));
        attempt("requireNonNull(null, msg)", () -> Objects.requireNonNull(null, "config must not be null"));
        attempt("requireNonNull(null, supplier)", () -> Objects.requireNonNull(null, () -> "supplied " + 42));
        attempt("requireNonNullElse(null, d)", () -> Objects.requireNonNullElse(null, "default"));
        attempt("requireNonNullElse(v, d)", () -> Objects.requireNonNullElse("value", "default"));
        attempt("requireNonNullElse(null, null)", () -> Objects.requireNonNullElse(null, null));
        attempt("requireNonNullElseGet(null, s)", () -> Objects.requireNonNullElseGet(null, () -> "got"));
        attempt("requireNonNullElseGet(null, ()->null)", () -> Objects.requireNonNullElseGet(null, () -> null));
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        System.out.println("compare " + Objects.compare("aa", "b", byLen) + " " + Objects.compare("a", "b", byLen) + " same " + Objects.compare(null, null, byLen)
                + " natural " + Objects.compare("a", "b", Comparator.naturalOrder()));
        attempt("checkIndex(2, 5)", () -> Objects.checkIndex(2, 5));
        attempt("checkIndex(5, 5)", () -> Objects.checkIndex(5, 5));
        attempt("checkIndex(-1, 3)", () -> Objects.checkIndex(-1, 3));
        attempt("checkFromToIndex(2, 1, 5)", () -> Objects.checkFromToIndex(2, 1, 5));
        attempt("checkFromToIndex(1, 4, 3)", () -> Objects.checkFromToIndex(1, 4, 3));
        attempt("checkFromIndexSize(2, 4, 5)", () -> Objects.checkFromIndexSize(2, 4, 5));
        attempt("checkFromIndexSize(1, 2, 5)", () -> Objects.checkFromIndexSize(1, 2, 5));
        attempt("\"abc\".charAt(5)", () -> "abc".charAt(5));
        attempt("ArrayList.subList(0,2)", () -> new java.util.ArrayList<>(List.of(1)).subList(0, 2));
        attempt("ArrayList.get(3)", () -> new java.util.ArrayList<>(List.of(1, 2)).get(3));
    }
}
