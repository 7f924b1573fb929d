// Checks StringBuilder/StringBuffer editing: append of every type, chained
// calls, insert at all positions and of all types, delete/deleteCharAt/
// replace (including end beyond length), reverse with surrogate pairs,
// setCharAt/setLength (growing pads with '\0'), indexOf/lastIndexOf,
// charAt/substring/subSequence, compareTo, and the exception messages of
// out-of-range operations. Capacity is deliberately never printed.
public class StringBuilderEdits {
    interface Op {
        Object run();
    }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (NullPointerException e) {
            // helpful NullPointerException messages are HotSpot-specific: print the type only
            System.out.println(label + " -> " + e.getClass().getName());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        char[] cs = {'p', 'q', 'r', 's'};
        sb.append(true).append(',').append((byte) 7).append(',').append((short) -3).append(',').append(42)
            .append(',').append(9000000000L).append(',').append(1.25f).append(',').append(0.1 + 0.2)
            .append(',').append(cs).append(',').append(cs, 1, 2).append(',').append("str").append(',')
            .append((Object) null).append(',').append((String) null).append(',').append((CharSequence) "cs", 0, 1)
            .append(',').append(new StringBuffer("buf")).append(',').append(Double.NaN).append(',').append(-0.0f)
            .appendCodePoint(0x41).appendCodePoint(0x1F600);
        System.out.println(sb + " len " + sb.length());

        StringBuilder b = new StringBuilder("0123456789");
        b.insert(0, "S").insert(b.length(), "E").insert(5, 'c').insert(3, 1.5).insert(2, true).insert(1, cs)
            .insert(0, 77L).insert(4, (Object) null).insert(0, cs, 1, 2).insert(0, (CharSequence) "xyz", 1, 3);
        System.out.println("inserted " + b);
        b.delete(0, 6);
        System.out.println("delete(0,6) " + b);
        b.delete(5, 1000);
        System.out.println("delete(5,1000) " + b);
        b.deleteCharAt(0).deleteCharAt(b.length() - 1);
        System.out.println("deleteCharAt " + b);
        StringBuilder r = new StringBuilder("hello world");
        r.replace(0, 5, "HELLO").replace(6, 100, "there!").replace(5, 5, ",");
        System.out.println("replace " + r);
        r.replace(0, r.length(), "");
        System.out.println("replace all [" + r + "] len " + r.length());

        StringBuilder surr = new StringBuilder("a\uD83D\uDE00b\uD834\uDD1E");
        surr.reverse();
        StringBuilder hexs = new StringBuilder();
        for (int i = 0; i < surr.length(); i++) hexs.append(Integer.toHexString(surr.charAt(i))).append(' ');
        System.out.println("reverse surrogates " + hexs.toString().trim());
        StringBuilder lone = new StringBuilder("x\uDE00\uD83Dy");
        lone.reverse();
        hexs.setLength(0);
        for (int i = 0; i < lone.length(); i++) hexs.append(Integer.toHexString(lone.charAt(i))).append(' ');
        System.out.println("reverse reversed pair " + hexs.toString().trim());
        System.out.println("palindrome " + new StringBuilder("racecar").reverse().toString().equals("racecar"));

        StringBuilder m = new StringBuilder("abcdef");
        m.setCharAt(0, 'A');
        m.setCharAt(5, 'F');
        System.out.println("setCharAt " + m);
        m.setLength(3);
        System.out.println("setLength(3) " + m + " len " + m.length());
        m.setLength(5);
        System.out.println("setLength(5) len " + m.length() + " char3 " + (int) m.charAt(3) + " char4 " + (int) m.charAt(4));
        m.setLength(0);
        System.out.println("setLength(0) [" + m + "]");

        StringBuilder f = new StringBuilder("abcabcabc");
        System.out.println("indexOf " + f.indexOf("bc") + " " + f.indexOf("bc", 2) + " " + f.indexOf("zz") + " " + f.indexOf("")
            + " lastIndexOf " + f.lastIndexOf("bc") + " " + f.lastIndexOf("bc", 6) + " " + f.lastIndexOf("a", 0) + " " + f.lastIndexOf(""));
        System.out.println("charAt " + f.charAt(4) + " substring " + f.substring(3) + " " + f.substring(2, 5)
            + " subSequence " + f.subSequence(1, 3) + " codePointAt " + f.codePointAt(0));
        System.out.println("compareTo " + new StringBuilder("abc").compareTo(new StringBuilder("abd"))
            + " " + new StringBuilder("b").compareTo(new StringBuilder("abc"))
            + " equals " + new StringBuilder("x").equals(new StringBuilder("x")));

        StringBuffer buf = new StringBuffer("buffer");
        buf.append(1).insert(0, '[').append(']').reverse().reverse().replace(1, 3, "BU").deleteCharAt(3);
        System.out.println("StringBuffer " + buf + " len " + buf.length() + " indexOf " + buf.indexOf("er"));
        StringBuilder copy = new StringBuilder(buf);
        copy.append("!");
        System.out.println("copy " + copy + " original " + buf);

        final StringBuilder e = new StringBuilder("abc");
        attempt("charAt(5)", () -> e.charAt(5));
        attempt("charAt(-1)", () -> e.charAt(-1));
        attempt("setCharAt(3)", () -> { e.setCharAt(3, 'x'); return e; });
        attempt("deleteCharAt(3)", () -> e.deleteCharAt(3));
        attempt("delete(2,1)", () -> e.delete(2, 1));
        attempt("delete(-1,2)", () -> e.delete(-1, 2));
        attempt("delete(4,5)", () -> e.delete(4, 5));
        attempt("insert(4,x)", () -> e.insert(4, "x"));
        attempt("insert(-1,x)", () -> e.insert(-1, 'x'));
        attempt("replace(4,5,x)", () -> e.replace(4, 5, "x"));
        attempt("replace(2,1,x)", () -> e.replace(2, 1, "x"));
        attempt("substring(2,1)", () -> e.substring(2, 1));
        attempt("substring(4)", () -> e.substring(4));
        attempt("setLength(-1)", () -> { e.setLength(-1); return e; });
        attempt("append(cs,2,1)", () -> e.append(new char[] {'a', 'b'}, 2, 1));
        attempt("append(seq,0,9)", () -> e.append("xy", 0, 9));
        attempt("new StringBuilder(-1)", () -> new StringBuilder(-1));
        attempt("new StringBuilder(null)", () -> new StringBuilder((String) null));
        attempt("still", () -> e);
    }
}
